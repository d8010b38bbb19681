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
    queueTitle: '今日待办',
    queueLead: '{org} · 已逾期及 {days} 天内到期的事项 · {today}',
    queueTotal: '共 {n} 项',
    queueOverdueTotal: '逾期 {n} 项',
    queueOverdue: '逾期 {n}',
    queueNone: '暂无待办事项',
    queueOverdueList: '逾期事项',
    queueMore: '另有 {n} 项逾期事项未列出',
    queueFailed: '今日待办加载失败',
    queueCounty: '县本级',
    queueDueOn: '期限',
    kind: {
      CORRECTION_REPORT_DUE: '社区矫正对象报到期限',
      CORRECTION_CHECK_IN_DUE: '社区矫正对象定期报告期限',
      CORRECTION_HEALTH_REPORT_DUE: '暂予监外执行病情报告期限',
      CORRECTION_SANCTION_PROPOSAL_PENDING: '训诫警告提请待县级决定',
      CORRECTION_LEAVE_RETURN_OVERDUE: '社区矫正对象外出逾期未销假',
      CORRECTION_MONITORING_EXPIRING: '电子定位期限届满',
      CORRECTION_REVOCATION_RULING_DUE: '提请撤销（收监）裁定期限',
      RELEASED_KEY_PERSON_CONNECTION_DUE: '重点帮教对象衔接期限',
      RELEASED_SUPPORT_PERIOD_ENDING: '安置帮教期届满',
      LEGAL_AID_DECISION_DUE: '法律援助审查决定期限',
      LEGAL_AID_MATERIALS_DUE: '法律援助补充材料期限',
      LEGAL_AID_ASSIGNMENT_DUE: '法律援助指派期限',
      LEGAL_AID_OBJECTION_DUE: '法律援助异议审查期限',
      MEDIATION_DISPUTE_DUE: '矛盾纠纷调解期限',
      MEDIATION_JUDICIAL_CONFIRMATION_WINDOW: '调解协议司法确认申请期限',
      MEDIATION_AGREEMENT_FOLLOW_UP_DUE: '调解协议履行回访期限',
      MEDIATION_ESCALATION_RISK: '纠纷激化风险高待报告处置',
      MEDIATION_MEDIATOR_TERM_ENDING: '人民调解员任期届满',
      PUBLICITY_UNIT_YEAR_LIST_DUE: '普法责任清单报送期限',
      PUBLICITY_PLANNED_ACTIVITY_DUE: '普法活动计划开展期限',
      ROL_DOCUMENT_REVIEW_DUE: '规范性文件合法性审查期限',
      ROL_RECONSIDERATION_ACCEPTANCE_DUE: '行政复议受理审查期限',
      ROL_RECONSIDERATION_DECISION_DUE: '行政复议决定期限',
    },
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
    queueTitle: 'Today\'s work',
    queueLead: '{org} · overdue or due within {days} days · {today}',
    queueTotal: '{n} items',
    queueOverdueTotal: '{n} overdue',
    queueOverdue: '{n} overdue',
    queueNone: 'Nothing due',
    queueOverdueList: 'Overdue items',
    queueMore: 'and {n} more overdue items not listed',
    queueFailed: 'Could not load today\'s work',
    queueCounty: 'County level',
    queueDueOn: 'due',
    kind: {
      CORRECTION_REPORT_DUE: 'Community correction: reporting deadline',
      CORRECTION_CHECK_IN_DUE: 'Community correction: periodic report due',
      CORRECTION_HEALTH_REPORT_DUE: 'Medical parole: health report due',
      CORRECTION_SANCTION_PROPOSAL_PENDING: 'Admonition/warning proposal awaiting the county',
      CORRECTION_LEAVE_RETURN_OVERDUE: 'Community correction: not back from leave',
      CORRECTION_MONITORING_EXPIRING: 'Electronic monitoring period ending',
      CORRECTION_REVOCATION_RULING_DUE: 'Revocation (committal) ruling due',
      RELEASED_KEY_PERSON_CONNECTION_DUE: 'Released key person: hand-over due',
      RELEASED_SUPPORT_PERIOD_ENDING: 'Resettlement support period ending',
      LEGAL_AID_DECISION_DUE: 'Legal aid: review decision due',
      LEGAL_AID_MATERIALS_DUE: 'Legal aid: missing materials due',
      LEGAL_AID_ASSIGNMENT_DUE: 'Legal aid: assignment due',
      LEGAL_AID_OBJECTION_DUE: 'Legal aid: objection review due',
      MEDIATION_DISPUTE_DUE: 'Dispute mediation deadline',
      MEDIATION_JUDICIAL_CONFIRMATION_WINDOW: 'Judicial confirmation of an agreement: application window',
      MEDIATION_AGREEMENT_FOLLOW_UP_DUE: 'Agreement performance: follow-up visit due',
      MEDIATION_ESCALATION_RISK: 'High escalation risk: report and act',
      MEDIATION_MEDIATOR_TERM_ENDING: 'Mediator term ending',
      PUBLICITY_UNIT_YEAR_LIST_DUE: 'Responsible unit: year list due',
      PUBLICITY_PLANNED_ACTIVITY_DUE: 'Planned publicity activity due',
      ROL_DOCUMENT_REVIEW_DUE: 'Normative document: legality review due',
      ROL_RECONSIDERATION_ACCEPTANCE_DUE: 'Administrative reconsideration: acceptance review due',
      ROL_RECONSIDERATION_DECISION_DUE: 'Administrative reconsideration: decision due',
    },
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

/**
 * The title of a work-queue kind (待办类型) in the current language: the labels' own, else the Chinese one, else the
 * item's title without its date (a kind the page does not know yet).
 */
export function kindTitle(kind, itemTitle) {
  const own = (LABELS[lang].kind || {})[kind] || LABELS.zh.kind[kind];
  if (own) {
    return own;
  }
  return itemTitle ? String(itemTitle).replace(/\s*\d{4}-\d{2}-\d{2}$/, '') : kind;
}

/** The kinds in the order the gateway declares them (WorkKind), for a stable order of the counts. */
export function kindOrder() {
  return Object.keys(LABELS.zh.kind);
}
