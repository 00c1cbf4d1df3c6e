/**
 * UI text, Japanese (the source language). The accessibility statement and the accessibility test
 * results pages.
 */
export const accessibility = {
  'a11y.title': 'ウェブアクセシビリティ方針',
  'a11y.owner': 'このサイトの発行者',
  'a11y.lead':
    '{owner}は、高齢の方や障害のある方を含め、誰もがこのサイトの情報と機能を支障なく利用できるよう、ウェブアクセシビリティの確保と向上に取り組みます。',
  'a11y.policy.heading': '方針',
  'a11y.policy.text':
    'このサイトは、日本産業規格 JIS X 8341-3:2016「高齢者・障害者等配慮設計指針－情報通信における機器，ソフトウェア及びサービス－第3部：ウェブコンテンツ」の適合レベル{level}に準拠することを目標とし、すべてのページを公開するたびに試験します。',
  'a11y.policy.since': '策定日：{date}',
  'a11y.scope.heading': '対象範囲',
  'a11y.scope.text':
    'このサイト（{url}）のすべてのページ（日本語と英語）。計画ファイルから作るページも、検索・オープンデータなどのページも含みます。',
  'a11y.target.heading': '目標とする適合レベル',
  'a11y.target.text': 'JIS X 8341-3:2016 の適合レベル{level}に準拠',
  'a11y.target.wording':
    '「準拠」「一部準拠」「配慮」の表記は、情報通信アクセス協議会ウェブアクセシビリティ基盤委員会「ウェブコンテンツの JIS X 8341-3:2016 対応度表記ガイドライン」によります。',
  'a11y.current.heading': '現在の対応度',
  'a11y.current.text': 'JIS X 8341-3:2016 の適合レベル{level}に配慮',
  'a11y.current.why':
    '試験は axe-core による自動試験です。自動で確かめられるのは達成基準の一部で、手動での確認が必要な達成基準は確認していないため、「準拠」「一部準拠」とは表記しません。',
  'a11y.period.heading': '対応期間',
  'a11y.period.default': 'サイトの公開時から継続して。ページを公開するたびに、すべてのページを試験します。',
  'a11y.exceptions.heading': '例外事項',
  'a11y.exceptions.text':
    'ありません。このサイトは PDF などの文書ファイルをページとして公開していません。各計画の出典として示す元の文書は、それを公表した団体のサイトにあり、この方針の対象外です。',
  'a11y.results.heading': '試験結果',
  'a11y.results.summary': '{date}に、{pages}ページを試験しました。自動試験での違反は{violations}件です。',
  'a11y.results.link': '試験結果を見る',
  'a11y.contact.heading': '問い合わせ先',
  'a11y.contact.none': 'このサイトは問い合わせ先を設定していません。',
  'a11yResults.title': 'ウェブアクセシビリティ試験結果',
  'a11yResults.lead':
    'このサイトの公開された版について、JIS X 8341-3:2016（WCAG 2.0）と WCAG 2.1 の適合レベルA・AAの達成基準ごとに、自動試験の結果を示します。',
  'a11yResults.none':
    'このサイトの版には試験結果が含まれていません。公開の手順で試験（npm run a11y:report）を実行したあとに作ったサイトに、結果が載ります。',
  'a11yResults.overview': '試験の概要',
  'a11yResults.date': '試験日',
  'a11yResults.standard': '規格',
  'a11yResults.standardText': 'JIS X 8341-3:2016、WCAG 2.1（適合レベルA・AA）',
  'a11yResults.scope': '対象',
  'a11yResults.scopeText': 'サイトのすべてのページ（{pages}ページ）',
  'a11yResults.method': '試験方法',
  'a11yResults.methodText':
    'axe-core による自動試験（WCAG 2.0・2.1 の適合レベルA・AAの規則 {rules}件）。各ページを下記のブラウザで開いて実行しました。',
  'a11yResults.tools': 'ツール',
  'a11yResults.outcome': '結果',
  'a11yResults.outcomeText': '違反 {violations}件（{pages}ページ）',
  'a11yResults.claim': '対応度',
  'a11yResults.claimText': '適合レベル{level}に配慮（理由は方針を参照）',
  'a11yResults.caveat':
    '自動試験で違反がないことは、その達成基準を満たすことの確認ではありません。自動試験の規則がない達成基準は、手動での確認が必要で、まだ確認していません。',
  'a11yResults.counts': '50の達成基準のうち、自動試験の規則があるもの{automated}、手動での確認だけが必要なもの{manual}',
  'a11yResults.criteria.caption': '達成基準ごとの結果',
  'a11yResults.col.number': '番号',
  'a11yResults.col.criterion': '達成基準',
  'a11yResults.col.level': 'レベル',
  'a11yResults.col.jis': 'JIS X 8341-3:2016',
  'a11yResults.col.rules': '自動試験の規則',
  'a11yResults.col.result': '結果',
  'a11yResults.jis.yes': '対象',
  'a11yResults.jis.no': 'WCAG 2.1 で追加',
  'a11yResults.manual': '手動での確認が必要（未確認）',
  'a11yResults.result.violated': '違反 {violations}件（{pages}ページ）',
  'a11yResults.result.passed': '違反なし {pages}ページ',
  'a11yResults.result.incomplete': '要確認 {pages}ページ',
  'a11yResults.result.inapplicable': '該当なし {pages}ページ',
  'a11yResults.result.tested': '試験 {pages}ページ',
  'a11yResults.violations.heading': '違反の一覧',
  'a11yResults.violations.none': '自動試験での違反はありませんでした。',
  'a11yResults.violations.caption': '自動試験で見つかった違反',
  'a11yResults.col.page': 'ページ',
  'a11yResults.col.rule': '規則',
  'a11yResults.col.impact': '影響度',
  'a11yResults.col.elements': '該当する要素',
  'a11yResults.pages.heading': 'ページごとの結果',
  'a11yResults.pages.caption': 'ページごとの自動試験の結果（規則の件数）',
  'a11yResults.col.violations': '違反',
  'a11yResults.col.incomplete': '要確認',
  'a11yResults.col.passes': '違反なし',
} as const;
