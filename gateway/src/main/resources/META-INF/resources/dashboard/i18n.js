// Labels of the dashboard in Chinese (default) and English. Indicator and org names come from the API
// (name / nameEn); everything else the page says is here.

const LABELS = {
  zh: {
    title: '规划指标监测',
    subtitle: '五年规划执行进度 · 实时数据',
    bureau: '司法局',
    signInTitle: '登录',
    signInLead: '请输入访问令牌（JWT）。令牌只保存在本浏览器标签页中，关闭标签页即失效。',
    tokenLabel: '访问令牌',
    tokenPlaceholder: 'eyJhbGciOiJSUzI1NiIs…',
    signIn: '登录',
    signOut: '退出',
    devHelpTitle: '开发环境',
    devHelp: '在项目根目录运行下面的命令，把输出的令牌粘贴到上面；也可以打开 <code>/?token=&lt;令牌&gt;</code>。',
    devHelpTownship: '乡镇司法所账号：',
    prodHelp: '令牌由本单位统一身份认证系统签发，请联系系统管理员。',
    tokenMissing: '请输入令牌。',
    tokenMalformed: '这不是有效的 JWT 令牌。',
    tokenExpired: '令牌已过期，请重新获取。',
    tokenRejected: '令牌无效或已过期（401），请重新登录。',
    forbidden: '当前账号无权查看该数据（403）。',
    loadFailed: '数据加载失败',
    retry: '重试',
    plan: '规划',
    year: '年度',
    org: '区域',
    wholeCounty: '全县',
    exports: '导出',
    csv: 'CSV',
    xlsx: 'Excel',
    yearReport: '年度工作总结',
    planReport: '规划期总结',
    downloading: '正在生成…',
    downloaded: '已下载',
    asOf: '数据截至',
    noEvents: '暂无数据',
    live: '自动更新',
    liveEvery: '每 {s} 秒检查一次',
    checkedAt: '最近检查',
    paused: '已暂停（页面不可见）',
    offline: '连接中断，正在重试',
    updated: '数据已更新',
    target: '目标',
    baseline: '基线',
    noTarget: '未设定目标',
    ofTarget: '完成目标的 {p}%',
    limit: '上限',
    ratio: '{n} / {d}',
    monthly: '本年逐月',
    indicators: '项指标',
    groupMediation: '人民调解',
    groupCorrection: '社区矫正与安置帮教',
    groupLegalAid: '法律援助与公共法律服务',
    groupPublicity: '法治宣传',
    groupRuleOfLaw: '法治政府',
    groupOther: '其他',
    townships: '乡镇对比',
    townshipsLead: '点击乡镇查看该乡镇的全部指标',
    indicator: '指标',
    township: '乡镇',
    actual: '实际值',
    status: '状态',
    allIndicators: '全部指标状态',
    trends: '趋势',
    yearTrend: '年度趋势',
    quarterTrend: '季度趋势',
    targetLine: '目标',
    noSeries: '该时段暂无数据',
    backToCounty: '返回全县',
    role: {
      'county-admin': '县级管理员',
      'township-officer': '乡镇司法所',
      'auditor': '审计员',
      'integration': '系统接口',
    },
    statusName: {
      ACHIEVED: '已完成',
      ON_TRACK: '进展正常',
      AT_RISK: '存在风险',
      OFF_TRACK: '未达进度',
      NO_DATA: '暂无数据',
    },
    lang: 'EN',
    langTitle: 'Switch to English',
    footer: '数据来源：各业务系统事件实时汇总（网关读模型）。状态判定：本年度按时间进度折算目标。',
  },
  en: {
    title: 'Plan Progress Monitor',
    subtitle: 'Five-year plan indicators · live data',
    bureau: ' Justice Bureau',
    signInTitle: 'Sign in',
    signInLead: 'Enter an access token (JWT). It is kept in this browser tab only and is gone when the tab closes.',
    tokenLabel: 'Access token',
    tokenPlaceholder: 'eyJhbGciOiJSUzI1NiIs…',
    signIn: 'Sign in',
    signOut: 'Sign out',
    devHelpTitle: 'Development',
    devHelp: 'Run the command below in the project folder and paste the token it prints, or open <code>/?token=&lt;token&gt;</code>.',
    devHelpTownship: 'Township justice office account:',
    prodHelp: 'Tokens are issued by your organisation\'s identity provider; ask your administrator.',
    tokenMissing: 'Please enter a token.',
    tokenMalformed: 'This is not a valid JWT.',
    tokenExpired: 'The token has expired; get a new one.',
    tokenRejected: 'The token was rejected or has expired (401); please sign in again.',
    forbidden: 'This account may not read these figures (403).',
    loadFailed: 'Could not load the data',
    retry: 'Retry',
    plan: 'Plan',
    year: 'Year',
    org: 'Area',
    wholeCounty: 'Whole county',
    exports: 'Export',
    csv: 'CSV',
    xlsx: 'Excel',
    yearReport: 'Annual work summary',
    planReport: 'Plan-period summary',
    downloading: 'Preparing…',
    downloaded: 'Downloaded',
    asOf: 'Data as of',
    noEvents: 'no data yet',
    live: 'Live',
    liveEvery: 'checks every {s} s',
    checkedAt: 'last check',
    paused: 'paused (page hidden)',
    offline: 'connection lost, retrying',
    updated: 'New data',
    target: 'Target',
    baseline: 'Baseline',
    noTarget: 'no target set',
    ofTarget: '{p}% of target',
    limit: 'Limit',
    ratio: '{n} / {d}',
    monthly: 'by month, this year',
    indicators: 'indicators',
    groupMediation: 'People\'s mediation',
    groupCorrection: 'Community correction and resettlement',
    groupLegalAid: 'Legal aid and public legal services',
    groupPublicity: 'Legal publicity',
    groupRuleOfLaw: 'Rule-of-law government',
    groupOther: 'Other',
    townships: 'Townships',
    townshipsLead: 'Click a township to see all its indicators',
    indicator: 'Indicator',
    township: 'Township',
    actual: 'Actual',
    status: 'Status',
    allIndicators: 'All indicators',
    trends: 'Trends',
    yearTrend: 'By year',
    quarterTrend: 'By quarter',
    targetLine: 'Target',
    noSeries: 'No data for this period',
    backToCounty: 'Back to the county',
    role: {
      'county-admin': 'County administrator',
      'township-officer': 'Township office',
      'auditor': 'Auditor',
      'integration': 'System client',
    },
    statusName: {
      ACHIEVED: 'Achieved',
      ON_TRACK: 'On track',
      AT_RISK: 'At risk',
      OFF_TRACK: 'Off track',
      NO_DATA: 'No data',
    },
    lang: '中文',
    langTitle: '切换到中文',
    footer: 'Source: events of the line-of-business services, summed as they arrive (gateway read model). Status: '
      + 'in the current year the target is pro-rated to the elapsed time.',
  },
};

const LANG_KEY = 'justice.dashboard.lang';
let lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';

export function currentLang() {
  return lang;
}

export function setLang(value) {
  lang = value === 'en' ? 'en' : 'zh';
  localStorage.setItem(LANG_KEY, lang);
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

/** The label for {@code key} (dotted path), with {name} placeholders filled from {@code vars}. */
export function t(key, vars = {}) {
  let v = key.split('.').reduce((o, k) => (o == null ? undefined : o[k]), LABELS[lang]);
  if (v === undefined) {
    v = key;
  }
  return String(v).replace(/\{(\w+)\}/g, (_, k) => (vars[k] === undefined ? '' : vars[k]));
}

/** A name from the API in the current language (falls back to the Chinese name). */
export function nameOf(item) {
  if (!item) {
    return '';
  }
  return lang === 'en' && item.nameEn ? item.nameEn : item.name;
}

/** Numbers as the page shows them: grouped, at most two decimals (the API rounds rates to two). */
export function formatNumber(value) {
  if (value === null || value === undefined) {
    return '—';
  }
  return Number(value).toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 });
}

/** A value with its unit: "78.95%", "43件" (Chinese units are written without a space). */
export function withUnit(value, unit) {
  if (value === null || value === undefined) {
    return '—';
  }
  const n = formatNumber(value);
  if (!unit) {
    return n;
  }
  return unit === '%' ? n + '%' : n + (lang === 'en' ? ' ' : '') + unit;
}

/** An instant in the bureau's time zone (Asia/Shanghai), "2026-11-25 23:35". */
export function formatInstant(iso, withSeconds = false) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: withSeconds ? '2-digit' : undefined, hourCycle: 'h23',
  }).formatToParts(d).reduce((o, p) => ({ ...o, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}${withSeconds ? ':' + parts.second : ''}`;
}

export function comparatorSign(comparator) {
  return { '>=': '≥', '<=': '≤', '=': '=' }[comparator] || comparator || '';
}
