// Themes that recur in Chinese work plans, for placing tasks under declared areas when the
// document has no headings. An area whose name matches a theme's `area` pattern attracts
// tasks that use the theme's words. Both scripts are listed.

export interface Topic {
  readonly area: RegExp;
  readonly words: readonly string[];
}

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

export const TOPICS: readonly Topic[] = [
  {
    area: /扶贫|扶貧|脱贫|脫貧|民生|社会事业|社會事業|公共服务|公共服務|社会保障|社會保障/,
    words: words(`扶贫 扶貧 脱贫 脫貧 贫困 貧困 住房 棚户区 棚戶區 危旧房 危舊房 饮水 飲水 自来水 自來水 教育 学校 學校 幼儿园 幼稚園
      医疗 醫療 卫生 衛生 医院 醫院 文化 体育 體育 就业 就業 社会保障 社會保障 养老 養老 救助 低保 民生 福利院 敬老院`),
  },
  {
    area: /产业|產業|工业|工業|经济|經濟|农业|農業|创新|創新/,
    words: words(`产业 產業 工业 工業 制造 製造 农业 農業 旅游 旅遊 服务业 服務業 科技 创新 創新 企业 企業 平台 園區 园区 物流 金融
      电子商务 電子商務 龙头 龍頭 集群 品牌`),
  },
  {
    area: /基础设施|基礎設施|交通|能源|水利|信息化/,
    words: words(`基础设施 基礎設施 铁路 鐵路 公路 高速 机场 機場 航道 航电 航電 码头 碼頭 港 能源 电网 電網 电力 電力 变电站 變電站
      输变电 輸變電 发电 發電 水利 水库 水庫 灌区 灌區 防洪 信息化 宽带 寬頻 网络 網路 通信 管网 管網`),
  },
  {
    area: /生态|生態|环境|環境|绿色|綠色/,
    words: words(`生态 生態 环境 環境 森林 造林 林 污染 治理 绿色 綠色 循环 循環 节能 節能 减排 減排 水土保持 湿地 濕地 保护区 保護區 垃圾 污水`),
  },
  {
    area: /改革|开放|開放|合作/,
    words: words(`改革 审批 審批 体制 體制 机制 機制 开放 開放 合作 对接 對接 口岸 海关 海關 通关 通關 招商 外贸 外貿 一带一路 一帶一路`),
  },
  {
    area: /对口|對口|支援|帮扶|幫扶|协作|協作/,
    words: words(`对口支援 對口支援 支援 受援 挂职 掛職 帮扶 幫扶 部委 央企`),
  },
  {
    area: /保障|组织|組織|作风|作風/,
    words: words(`组织 組織 领导 領導 资金 資金 保障 作风 作風 督查 督导 督導 考核 协调 協調`),
  },
];
