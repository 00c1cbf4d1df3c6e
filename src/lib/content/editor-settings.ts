/**
 * The editor files of a site, so a clerk's editor completes and explains every field and saves files
 * as the validator wants them (UTF-8, LF, spaces): .vscode/ (the Red Hat YAML extension, with each kind
 * of content file mapped to its JSON Schema), .editorconfig and .gitattributes. `gyosei-plans init`
 * writes them into a new site; this repository's own copies are the same files for the package root.
 */
import { KIND_GLOBS } from '../content-tree/layout.ts';

export interface EditorSettingsOptions {
  /** The content directory, relative to the site's folder. Default `content`. */
  contentDir?: string;
  /**
   * The package's schemas/ folder, relative to the site's folder: in a site the installed package's
   * (the default), `./schemas` in the package's own repository.
   */
  schemasDir?: string;
}

/** Where a site that installed the package finds its JSON Schemas. */
export const SITE_SCHEMAS_DIR = './node_modules/gyosei-plans/schemas';

/** The one editor extension a clerk needs: YAML with JSON Schema (yaml-language-server). */
const EXTENSIONS = { recommendations: ['redhat.vscode-yaml'] };

/** A path as the editor's settings write it: forward slashes, no trailing slash. */
const slashed = (path: string) => path.replace(/\\/g, '/').replace(/\/+$/, '');

/**
 * The settings object of .vscode/settings.json: each schema mapped to the content files of its kind
 * (so a file missing its `$schema` first line still gets help), and files saved as UTF-8 with LF and
 * spaces, as the validator requires.
 * @example editorSettings({ schemasDir: './schemas' })['yaml.schemas']['./schemas/glossary.schema.json'] → ['content/glossary.yaml']
 */
export function editorSettings(options: EditorSettingsOptions = {}): Record<string, unknown> {
  const content = slashed(options.contentDir ?? 'content').replace(/^\.\//, '');
  const schemas = slashed(options.schemasDir ?? SITE_SCHEMAS_DIR);
  const under = (glob: string) => (content && content !== '.' ? `${content}/${glob}` : glob);
  return {
    'yaml.schemas': Object.fromEntries(Object.entries(KIND_GLOBS).map(([kind, glob]) => [`${schemas}/${kind}.schema.json`, [under(glob)]])),
    'files.encoding': 'utf8',
    'files.eol': '\n',
    'editor.insertSpaces': true,
    'editor.tabSize': 2,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** .editorconfig: the same rules for editors without the extension. No trimming: spaces at the end of a line are part of the text, published as written. */
const EDITORCONFIG = `root = true

[*]
charset = utf-8
end_of_line = lf
indent_style = space
indent_size = 2
insert_final_newline = true
`;

/** .gitattributes: content files keep LF on Windows checkouts too (git would otherwise convert them with core.autocrlf). */
const GITATTRIBUTES = `*.yaml text eol=lf
`;

/** Every editor file of a site, by its path in the site's folder, with its text. */
export function editorFiles(options: EditorSettingsOptions = {}): Record<string, string> {
  return {
    '.vscode/extensions.json': json(EXTENSIONS),
    '.vscode/settings.json': json(editorSettings(options)),
    '.editorconfig': EDITORCONFIG,
    '.gitattributes': GITATTRIBUTES,
  };
}
