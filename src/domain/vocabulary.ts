/** The closed lists of the data model (CURATION.md), shared by the seed, the schema and the API. */
export const LEVELS = ['province', 'prefecture', 'county', 'district', 'new_area', 'development_zone'] as const;
export const QUALIFIERS = ['exact', 'more_than', 'at_least', 'approx', 'less_than'] as const;
export const INITIATIVE_KINDS = ['campaign', 'mechanism', 'policy_document', 'service_brand', 'programme'] as const;
export const EXCLUSION_REASONS = ['date', 'ordinal', 'name', 'page'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const SCRIPTS = ['Hans', 'Hant'] as const;
/** The language tag (BCP 47) of Chinese in a script, such as an article's own words: zh-Hant for Traditional, else zh-Hans. */
export const scriptLanguage = (script: (typeof SCRIPTS)[number] | undefined) => (script === 'Hant' ? 'zh-Hant' : 'zh-Hans');
/** What an article says of a person it names as making it: a byline (author), 记者 (reporter), 编辑 (editor). */
export const AUTHOR_ROLES = ['author', 'reporter', 'editor'] as const;
/** Where an article was published, where its text shows it: a web page (a site's navigation, 发布时间) or print. */
export const MEDIA = ['print', 'web'] as const;
export const PROJECT_SECTORS = [
  'energy',
  'industry',
  'agriculture',
  'culture_tourism',
  'transport',
  'urban_infrastructure',
  'digital',
  'environment',
  'water',
  'commerce_logistics',
  'health',
  'education',
  'other',
] as const;
export const PROJECT_KINDS = [
  'plant',
  'park',
  'line',
  'road',
  'station',
  'facility',
  'scenic_area',
  'building',
  'base',
  'centre',
  'programme_works',
  'other',
] as const;
/** What the text says happened to a project: 签约, 开工, 复工, 推进/在建, 建成, 投产/运营/开园/并网, 谋划/储备. */
export const PROJECT_STATUSES = ['planned', 'signed', 'started', 'resumed', 'under_way', 'completed', 'in_operation'] as const;
/** The record types that cite passages. */
export const CITING_TYPES = ['indicator', 'initiative', 'complaint', 'project'] as const;
