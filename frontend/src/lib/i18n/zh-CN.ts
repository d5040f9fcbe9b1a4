// The source of truth for message keys: en.ts must have the same shape (checked by its type).
const zhCN = {
  app: {
    title: '薪火 · 关工委工作平台',
    openMenu: '打开菜单',
    menu: '菜单',
  },
  nav: {
    organizations: '组织机构',
  },
  locale: {
    label: '语言',
    'zh-CN': '中文',
    en: 'English',
  },
  common: {
    ok: '确定',
    cancel: '取消',
    save: '保存',
    actions: '操作',
  },
  errors: {
    conflict: '该记录已被他人修改，请刷新后重试',
    network: '无法连接服务器，请稍后重试',
    unknown: '操作失败（{status}）',
  },
  org: {
    title: '组织机构',
    fields: {
      name: '名称',
      type: '类型',
      status: '状态',
      parent: '上级组织',
      regionCode: '行政区划代码',
      address: '地址',
      contact: '联系方式',
      establishedOn: '成立日期',
      dissolvedOn: '撤销日期',
      reason: '撤销原因',
    },
    types: {
      CITY_COMMITTEE: '市关工委',
      TOWNSHIP_COMMITTEE: '乡镇/街道关工委',
      VILLAGE_GROUP: '行政村关工小组',
      COMMUNITY_GROUP: '社区关工小组',
      SCHOOL_GROUP: '学校关工组织',
    },
    statuses: {
      ACTIVE: '正常',
      DISSOLVED: '已撤销',
    },
    actions: {
      createRoot: '新增市关工委',
      createChild: '新增下级',
      edit: '编辑',
      move: '迁移',
      dissolve: '撤销',
    },
    search: {
      placeholder: '按名称搜索',
      type: '全部类型',
      submit: '搜索',
      clear: '清除',
      results: '搜索结果：共 {total} 条',
    },
    form: {
      createTitle: '新增组织',
      editTitle: '编辑组织',
      topLevel: '（顶级组织）',
      regionCodeHint: '6–12 位数字',
      datePlaceholder: '选择日期',
    },
    move: {
      title: '迁移组织',
      current: '迁移对象',
      newParent: '新上级组织',
      searchPlaceholder: '输入名称搜索',
      noCandidates: '没有可选的上级组织',
    },
    dissolve: {
      title: '撤销组织',
      confirm: '确定撤销“{name}”吗？撤销后该组织不再开展工作。',
      reasonPlaceholder: '可选',
    },
    messages: {
      created: '已新增“{name}”',
      updated: '已保存“{name}”',
      moved: '已迁移“{name}”',
      dissolved: '已撤销“{name}”',
    },
    empty: '暂无组织',
  },
}

export default zhCN
export type Messages = typeof zhCN
