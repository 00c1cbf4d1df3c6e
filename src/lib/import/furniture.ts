/**
 * Page furniture: what a web CMS or a document host puts around a plan's text (skip links, the site's
 * name and logo, breadcrumbs, 「ここから本文です」 markers, update dates, link lists, images, buttons).
 * The rules are the shapes of such chrome, never the lines of particular pages: each returns why a
 * line is furniture, so the draft can list it aside, with its reason, for the clerk.
 */

/** A breadcrumb separator between words: トップページ > 市政情報 > …, ホーム » …, 〇〇 ＞ 〇〇. */
const BREADCRUMB = /\S\s*(?:[>＞»›〉]|&gt;)\s*\S.*\s*(?:[>＞»›〉]|&gt;)\s*\S/;
/** A skip link or its pair: メニューにジャンプ, コンテンツへ移動, 本文へスキップ, Skip to content. */
const SKIP_LINK =
  /^(?:(?:メイン)?(?:メニュー|コンテンツ|本文|ナビゲーション|フッター|ページ内)(?:に|へ)?(?:ジャンプ|移動|スキップ|進む)\s*)+$|^(?:メニュー|ナビゲーション)を(?:飛ばして|スキップして)(?:本文|コンテンツ)へ(?:移動)?$|^skip to\b/i;
/** A marker of where the body begins or ends, or of the page's top: ここから本文です。, このページの先頭です. */
const BODY_MARK =
  /^(?:ここ(?:から|まで)(?:が)?(?:本文|メインコンテンツ|メニュー|ナビゲーション|共通メニュー|サブメニュー)(?:です)?|(?:この)?ページの(?:先頭|トップ|最初)(?:です|へ(?:戻る)?)?|本文(?:の)?(?:ここまで|終わり|ここから)?)[。．.]?$/;
/** A control's label: a button or a switch the page prints as a word. */
const CONTROL =
  /^(?:閉じる|開く|もっと見る|印刷(?:する)?|印刷用ページ(?:を表示する)?|戻る|前のページ(?:へ|に)戻る|ページ(?:の)?(?:トップ|先頭)へ|文字(?:サイズ|の大きさ).*|(?:背景色|表示)(?:を)?(?:変更|切替).*|拡大|縮小|標準|検索|サイトマップ|Language|English|Foreign language|ホーム|トップページ|PC版|スマートフォン版|読み上げ|ふりがな.*|Tweet|ツイート|シェア|いいね！?)$/i;
/** An update or publication date line: 更新日:2017年04月14日, 最終更新日 2021年5月17日, 掲載日 … */
export const DATE_LINE = /^(?:最終)?(?:更新|掲載|公開|登録|作成)日(?:時)?\s*[:：]?\s*\S/;
/** A link text that points elsewhere: 関連リンクはこちら, 詳しくはこちら, PDFファイルをご覧になるには … */
const LINK_TEXT =
  /^(?:関連(?:リンク|情報|ページ|ファイル|記事)|外部リンク|リンク集|(?:詳しく|詳細|お問い?合わせ)は?こちら|このページ(?:に関する|への)(?:お問い?合わせ|ご意見|アンケート).*|お問い?合わせ(?:先)?|(?:PDF|Adobe|アドビ).*(?:ダウンロード|閲覧|見る|ご覧).*|.*はこちら(?:から|です)?[。．]?|.*(?:をダウンロード|ダウンロードはこちら).*)$/i;
/** A CMS's page number: ページID:56474, ページ番号 1008504. */
const PAGE_ID = /^ページ(?:ID|番号)\s*[:：]?\s*\d+$/i;
/** An image's file name, as a page's text gives a picture: soumu.jpg, photo_01.png. */
const IMAGE_NAME = /^[\w.\-()（）]+\.(?:jpe?g|png|gif|svg|webp|bmp|tiff?)$/i;
/** An image's alternative text as a logo gives it: 〇〇市イメージ, 〇〇ロゴ. */
const LOGO_TEXT = /^\S{1,20}(?:イメージ|ロゴ(?:マーク)?|logo|画像|写真|バナー)$/i;

export interface FurnitureContext {
  /** The body's name (名張市, 大阪府): a line that is only this is the site's header. */
  publisher?: string;
}

/** Why a line of a page's text is furniture, or undefined when it may be the plan's. */
export function furnitureReason(text: string, context: FurnitureContext = {}): string | undefined {
  const t = text.trim();
  const one = oneReason(t, context);
  if (one) return one;
  // A line that is several pieces of chrome side by side (ページの先頭です。 メニューを飛ばして本文へ).
  const pieces = t.split(/[ \u3000]+/).filter(Boolean);
  if (pieces.length > 1 && pieces.every((p) => oneReason(p, context))) return oneReason(pieces[0]!, context);
  return undefined;
}

function oneReason(t: string, context: FurnitureContext): string | undefined {
  if (SKIP_LINK.test(t)) return 'skip link / スキップリンク';
  if (BODY_MARK.test(t)) return 'body marker / 本文の目印';
  if (CONTROL.test(t)) return 'control / ボタン・切替';
  if (DATE_LINE.test(t) && t.length <= 40) return 'update date / 更新日';
  if (PAGE_ID.test(t)) return 'page id / ページID';
  if (IMAGE_NAME.test(t)) return 'image file name / 画像のファイル名';
  if (LOGO_TEXT.test(t)) return "logo or image's text / ロゴ・画像の代替テキスト";
  if (BREADCRUMB.test(t) && !/[。．]$/.test(t)) return 'breadcrumb / パンくずリスト';
  if (LINK_TEXT.test(t) && [...t].length <= 40) return 'link text / リンクの文字';
  // The site's name, alone or after its slogan (緑と水の公園都市 〇〇市), as a page's header prints it.
  const site = context.publisher && new RegExp(`(?:^|\\s)${escapeRe(context.publisher)}(?:公式)?(?:ホームページ|ウェブサイト)?$`);
  if (site && [...t].length <= 30 && site.test(t)) return "site's name / サイト名";
  return undefined;
}

/** A marker after which the rest of the page is chrome (footer, menus): ここまで本文です. */
export const isBodyEnd = (text: string) => /^(?:ここまで(?:が)?(?:本文|メインコンテンツ)|本文(?:の)?(?:ここまで|終わり))/.test(text.trim());
/** A marker before which the page is chrome (header, menus): ここから本文です. */
export const isBodyStart = (text: string) => /^(?:ここから(?:が)?(?:本文|メインコンテンツ)|本文(?:の)?ここから)/.test(text.trim());

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
