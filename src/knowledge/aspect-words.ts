// Section and bullet titles that name an aspect of the subject above them (정의, 장점, 단점 …):
// the chunker groups them under their subject and comparisons line subjects up by them.

const ASPECT_WORDS = new Set(
  [
    '정의',
    '설명',
    '특징',
    '주요 특징',
    '장점',
    '단점',
    '용도',
    '예시',
    '목표',
    '개요',
    '요약',
    '주의',
    '주의사항',
    '참고',
    '한계',
    '장단점',
    'pros',
    'cons',
    'overview',
    'examples',
  ].map((w) => w.toLowerCase()),
);

export const isAspectWord = (title: string) => ASPECT_WORDS.has(title.trim().toLowerCase());
