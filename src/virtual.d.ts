declare module 'virtual:gyosei-plans/config' {
  const settings: import('./integration/options.ts').SiteSettings;
  export default settings;
}
