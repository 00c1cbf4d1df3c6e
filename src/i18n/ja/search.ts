/**
 * UI text, Japanese (the source language). The search page and its browser script (which gets its
 * messages from the page).
 */
export const search = {
  'search.title': '計画を検索',
  'search.label': 'キーワード',
  'search.button': '検索',
  'search.header': 'サイト内検索',
  'search.filters': '絞り込み',
  'search.municipality': '団体',
  'search.year': '年度',
  'search.all': 'すべて',
  'search.hint': '例: 防犯カメラ、テレワーク、国土強靱化。全角・半角や「・」の有無は区別しません。',
  'search.loading': '検索しています…',
  'search.count': '「{q}」の検索結果: {n}件',
  'search.none': '「{q}」に一致する計画は見つかりませんでした。言葉を短くするか、絞り込みを外してください。',
  'search.partial': '一部の語だけに一致',
  'search.error': '検索を読み込めませんでした。ページを再読み込みしてください。',
  'search.noscript': '検索には JavaScript が必要です。計画はトップページの団体の一覧からたどれます。',
} as const;
