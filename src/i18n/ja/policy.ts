/** UI text, Japanese (the source language). The site policy page: terms, privacy, disclaimer, contact. */
export const policy = {
  'policy.title': 'サイトポリシー',
  'policy.lead': 'このサイトの利用条件、個人情報の取扱い、免責事項です。',
  'policy.terms.heading': '利用条件',
  'policy.terms.text': 'このサイトの文章とデータは、次の条件で利用できます：{licence}',
  'policy.terms.data': '機械で読める形式のデータは、オープンデータのページにあります。',
  'policy.privacy.heading': '個人情報とアクセス情報',
  'policy.privacy.collect':
    'このサイトは、利用する方の情報を集めません。Cookie を使わず、アクセス解析や広告のプログラムも置いていません。ほかのサイトからは何も読み込みません。',
  'policy.privacy.search':
    '検索は、お使いのブラウザの中で行います。入力した言葉は送られません。ただし、検索に使う索引は言葉に応じてこのサイトから少しずつ読み込むため、どの部分を読み込んだかがサーバーの通信の記録に残ることがあります。',
  'policy.privacy.server':
    'サイトを置いているサーバーが、一般のウェブサーバーと同じように、通信の記録（日時、アドレスなど）を残すことがあります。',
  'policy.disclaimer.heading': '免責事項',
  'policy.disclaimer.copy':
    '計画の内容は、各団体が公表した文書を書き写したものです。正確を期していますが、元の文書と異なるときは、元の文書が正しい内容です。英語は翻訳で、日本語が正本です。',
  'policy.disclaimer.liability':
    'このサイトの利用によって生じたいかなる損害についても、発行者は責任を負いません。リンク先のサイトの内容についても同じです。',
  'policy.disclaimer.change': 'このサイトの内容とこのポリシーは、予告なく変わることがあります。',
  'policy.contact.heading': '問い合わせ先',
} as const;
