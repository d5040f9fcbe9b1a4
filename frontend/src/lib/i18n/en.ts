import type { Messages } from './zh-CN'

const en: Messages = {
  app: {
    title: 'Xinhuo · Youth Care Committees',
    openMenu: 'Open menu',
    menu: 'Menu',
  },
  nav: {
    organizations: 'Organizations',
  },
  locale: {
    label: 'Language',
    'zh-CN': '中文',
    en: 'English',
  },
  common: {
    ok: 'OK',
    cancel: 'Cancel',
    save: 'Save',
    actions: 'Actions',
  },
  errors: {
    conflict: 'Someone else has changed this record. Refresh and try again.',
    network: 'Cannot reach the server. Please try again later.',
    unknown: 'The operation failed ({status})',
  },
  org: {
    title: 'Organizations',
    fields: {
      name: 'Name',
      type: 'Type',
      status: 'Status',
      parent: 'Parent',
      regionCode: 'Region code',
      address: 'Address',
      contact: 'Contact',
      establishedOn: 'Established on',
      dissolvedOn: 'Dissolved on',
      reason: 'Reason',
    },
    // 市关工委, 乡镇/街道关工委, 行政村关工小组, 社区关工小组, 学校关工组织
    types: {
      CITY_COMMITTEE: 'City committee',
      TOWNSHIP_COMMITTEE: 'Township/street committee',
      VILLAGE_GROUP: 'Village group',
      COMMUNITY_GROUP: 'Community group',
      SCHOOL_GROUP: 'School group',
    },
    statuses: {
      ACTIVE: 'Active',
      DISSOLVED: 'Dissolved', // 已撤销
    },
    actions: {
      createRoot: 'New city committee',
      createChild: 'Add sub-unit',
      edit: 'Edit',
      move: 'Move',
      dissolve: 'Dissolve',
    },
    search: {
      placeholder: 'Search by name',
      type: 'All types',
      submit: 'Search',
      clear: 'Clear',
      results: 'Results: {total}',
    },
    form: {
      createTitle: 'New organization',
      editTitle: 'Edit organization',
      topLevel: '(top level)',
      regionCodeHint: '6–12 digits',
      datePlaceholder: 'Pick a date',
    },
    move: {
      title: 'Move organization',
      current: 'Moving',
      newParent: 'New parent',
      searchPlaceholder: 'Type to search by name',
      noCandidates: 'No valid parent found',
    },
    dissolve: {
      title: 'Dissolve organization',
      confirm: 'Dissolve “{name}”? It will no longer carry out work.',
      reasonPlaceholder: 'Optional',
    },
    messages: {
      created: 'Created “{name}”',
      updated: 'Saved “{name}”',
      moved: 'Moved “{name}”',
      dissolved: 'Dissolved “{name}”',
    },
    empty: 'No organizations',
  },
}

export default en
