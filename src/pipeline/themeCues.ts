/**
 * Words that put a sentence on the trade or technology beat ("growth in both economies" is trade
 * news). What the commerce ministry does (its sanctions, its lists) and a fight over shipbuilding
 * are trade news, and so are capital markets ("the exchange moved to delist the carriers", "the
 * audit deal"). A rate given in percent is a duty's
 * ("if no deal is reached in 90 days, the 10 percent rate will be raised to 25 percent").
 * The big chip and platform firms put a sentence on the technology beat by their names alone:
 * "The regulator sent the chip designer's rival, Intel, a notice". So do the carriers and the
 * regulator of telecoms: "The FCC revoked China Telecom's licence to operate in the US". A beat
 * word opening the sentence is still one: "Telecom operators were told to remove the gear".
 * Stolen "trade secrets" and "economic espionage" are spying on technology, not trade news:
 * "prosecutors charged the engineer with stealing trade secrets from his employer".
 * Business deals told by their worth are trade news: "deals worth $9 billion were signed", and
 * so is a fight over the other side's airlines: "barred passenger flights by Chinese airlines".
 */
export const TRADE_CUE =
  /\b(?:trade(?!\s+secrets?\b)|tariffs?|exports?|imports?|importers?|exporters?|goods|soybeans?|beef|pork|poultry|farm\s+goods|farm\s+products|economic(?!\s+espionage\b)|economy|economies|market\s+access|purchases?|fentanyl|investment|duties|levies|commerce\s+ministry|ministry\s+of\s+commerce|shipbuild\w*|port\s+fees|delist\w*|stock\s+exchanges?|audits?|auditors?|securities|depositary\s+shares|\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+(?:rate|duty|levy)|(?:billion|million)\s+dollars\s+in\s+(?:deals|agreements|contracts)|(?:deals|contracts)\s+worth|business\s+(?:deals?|delegation)|airlines?|passenger\s+flights|air\s+transport)\b/i;
export const TECH_CUE =
  /\b(?:trade\s+secrets?|economic\s+espionage|[Cc]hips?|[Ss]emiconductors?|[Tt]echnolog\w*|[Tt]ech|AI|artificial\s+intelligence|Huawei|ZTE|SMIC|WeChat|Tencent|Nvidia|TikTok|ByteDance|Qualcomm|Intel|Micron|AMD|Broadcom|Marvell|ASML|Synopsys|Cadence|Applied\s+Materials|Lam\s+Research|Texas\s+Instruments|Apple|Google|Microsoft|Alibaba|Baidu|Xiaomi|DJI|Hikvision|Dahua|YMTC|CXMT|Lenovo|Inspur|China\s+Mobile|China\s+Unicom|[Ss]oftware|[Qq]uantum|5G|[Tt]elecom\w*|FCC|Federal\s+Communications\s+Commission|[Cc]yber\w*|[Hh]ack(?:s|ed|ers?|ing)?|[Cc]hipmaking|[Cc]hip-making|[Pp]rocessors?|[Aa]lgorithms?)\b/;
export const SECURITY_CUE =
  /\b(?:military|security|defen[cs]e|nuclear|arms|navy|naval|troops|missiles?)\b/i;
