// Quiz topics: the six built-in keys with their Korean labels, how an item's section maps to topics,
// the words users may type for a topic (`/kafka-quiz raid`, `/kafka-quiz 파일시스템`), and any other
// tag an item carries (`tags: [consumer]`) as a topic of its own, so new notes need no code change.

/** Topic keys, in the order they are listed to users. */
export const TOPIC_KEYS = ['raid', 'filesystem', 'service-model', 'hardware', 'confluent-msk', 'saas'] as const;

export type TopicKey = (typeof TOPIC_KEYS)[number];

/** Korean label shown to users for each topic. */
export const TOPIC_LABELS: Record<TopicKey, string> = {
  raid: 'RAID',
  filesystem: '파일시스템',
  'service-model': '서비스 모델',
  hardware: '하드웨어',
  'confluent-msk': 'Confluent/MSK',
  saas: 'SaaS 장단점',
};

/** Words accepted for each topic besides its key (compared lowercased, NFKC, spaces removed). */
const ALIASES: Record<TopicKey, string[]> = {
  raid: ['raid', '레이드', 'raid0', 'raid1', 'raid5', 'raid10', '디스크', 'disk'],
  filesystem: ['filesystem', 'fs', '파일시스템', '파일', 'xfs', 'ext4'],
  'service-model': [
    'service-model',
    'servicemodel',
    'service',
    'model',
    '서비스',
    '서비스모델',
    '서비스형태',
    'iaas',
    'paas',
    'onprem',
    'on-prem',
    'on-premises',
    '온프레미스',
  ],
  hardware: ['hardware', 'hw', '하드웨어', '브로커', 'broker', '메모리', 'memory', 'cpu'],
  'confluent-msk': ['confluent-msk', 'confluent', '컨플루언트', 'msk', 'aws', 'cloud', '클라우드'],
  saas: ['saas', '사스', 'saas장단점', '장단점', '장점', '단점', 'pros', 'cons'],
};

function norm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The topic a typed word names, or undefined (`레이드` → 'raid', `msk` → 'confluent-msk'). */
export function parseTopic(word: string): TopicKey | undefined {
  const w = norm(word);
  if (!w) return undefined;
  for (const key of TOPIC_KEYS) {
    if (ALIASES[key].includes(w)) return key;
  }
  return undefined;
}

/** A free tag as a topic key: lowercase, NFKC, spaces to `-`; '' when nothing usable is left. */
export function tagKey(tag: string): string {
  return tag
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}._-]/gu, '')
    .slice(0, 40);
}

/** Every topic the items have: the built-in keys in their order, then tag topics alphabetically. */
export function topicsOf(items: ReadonlyArray<{ topics: string[] }>): string[] {
  const found = new Set(items.flatMap((i) => i.topics));
  const builtIn: string[] = TOPIC_KEYS.filter((k) => found.has(k));
  const extra = [...found].filter((k) => !(TOPIC_KEYS as readonly string[]).includes(k)).sort();
  return [...builtIn, ...extra];
}

/** The topic a typed word names among `known` topics: a built-in alias, or a tag topic by its key. */
export function resolveTopic(word: string, known: ReadonlySet<string> = new Set()): string | undefined {
  const builtIn = parseTopic(word);
  if (builtIn) return builtIn;
  const key = tagKey(word);
  return key && known.has(key) ? key : undefined;
}

export function topicLabel(key: string): string {
  return (TOPIC_LABELS as Record<string, string | undefined>)[key] ?? key;
}

/** Section words → topic, checked in this order on one breadcrumb segment (normalised). */
const SEGMENT_RULES: Array<[TopicKey, RegExp]> = [
  ['raid', /raid|레이드/],
  ['filesystem', /xfs|ext4|파일시스템|filesystem/],
  ['confluent-msk', /컨플루언트|confluent|msk/],
  ['saas', /saas.*(장점|단점|장단점|나은경우)|벤더종속|vendorlock|운영및관리부담|빠른도입|규정준수|비용측면|데이터주권|제한된구성/],
  ['service-model', /온프레미스|on-premises|iaas|paas|saas|서비스형태|asaservice/],
  ['hardware', /메모리|memory|cpu|브로커|broker|하드웨어|hardware|직접설치|디스크|nas/],
];

/** Sections that only collect questions; their items are classified by their statement. */
const GENERIC_SECTIONS = /^(정리|요약|summary|quiz|퀴즈|o\/x)$/;

function segmentTopics(segment: string, index: number, all: string[]): TopicKey[] {
  const s = norm(segment);
  // A top-level `## 장점` / `## 단점`, or one under the SaaS pros/cons heading, is the SaaS part;
  // `SaaS (Software as a Service) › 장점` is not (it falls through to its parent: service model).
  if ((s === '장점' || s === '단점') && (index === 0 || /saas.*(장점|단점)/.test(norm(all[index - 1] ?? '')))) {
    return ['saas'];
  }
  for (const [key, re] of SEGMENT_RULES) {
    if (re.test(s)) return [key];
  }
  return [];
}

function statementTopics(statement: string): TopicKey[] {
  const s = norm(statement);
  if (/컨플루언트|confluent|msk/.test(s)) return ['confluent-msk'];
  if (/raid/.test(s)) return ['raid'];
  if (/xfs|ext4|파일시스템/.test(s)) return ['filesystem'];
  if (/saas/.test(s)) return ['saas'];
  if (/온프레미스|iaas|paas/.test(s)) return ['service-model'];
  if (/메모리|cpu|브로커|하드웨어|디스크/.test(s)) return ['hardware'];
  return [];
}

/**
 * Topics of an item: tags that name a topic, plus the topic of the deepest breadcrumb segment that
 * has one (RAID 10 under "오픈 소스 카프카를 직접 설치…" is `raid`, not `hardware`); a generic
 * section such as `정리`, or no match at all, falls back to the statement's words. Tags that name no
 * built-in topic are topics of their own (`consumer`), listed after the built-in ones.
 */
export function topicsFor(breadcrumb: string[], statement: string, tags?: string[]): string[] {
  const found = new Set<string>();
  const extra: string[] = [];
  for (const tag of tags ?? []) {
    const key = parseTopic(tag);
    if (key) found.add(key);
    else if (tagKey(tag) && !extra.includes(tagKey(tag))) extra.push(tagKey(tag));
  }
  const last = breadcrumb[breadcrumb.length - 1];
  let derived: TopicKey[] = [];
  if (last === undefined || !GENERIC_SECTIONS.test(norm(last))) {
    for (let i = breadcrumb.length - 1; i >= 0 && derived.length === 0; i--) {
      derived = segmentTopics(breadcrumb[i] ?? '', i, breadcrumb);
    }
  }
  if (derived.length === 0) derived = statementTopics(statement);
  for (const key of derived) found.add(key);
  return [...TOPIC_KEYS.filter((k) => found.has(k)), ...extra];
}
