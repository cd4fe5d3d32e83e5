"""Where the reader is: mainland China, Hong Kong, Macao, Taiwan, the countries most Chinese
students, workers and travellers go to, or somewhere else, as data.

check(where=…) takes a region's ISO 3166-1 alpha-2 code, as phonenumbers spells regions, in any
case ("GB", "gb"), or "abroad" for somewhere else; "cn" and "abroad" are what they always were. A
verdict names the region by its key: the code in lower case ("cn", "gb", "hk"), or "abroad".

A region decides two things: how a number typed without + or 00 is read (with that region's
phonenumbers metadata: "020 7946 0000" is London for a reader in the UK, Guangzhou in China), and
who to call there (checker/contacts/). The rules themselves know only the coarse place (COARSE):
in mainland China ("cn"), or outside it ("abroad"), where calls from China show +86.

ZONES maps IANA time zones to the one region each is used in, for the widget's first guess (which
the reader sees and confirms). A zone shared by several regions is left out: Asia/Singapore is also
peninsular Malaysia's in zone1970.tab, Europe/Brussels also the Netherlands' and Luxembourg's,
Asia/Bangkok also Cambodia's, Laos' and north Vietnam's, Asia/Dubai also Oman's, Europe/Zurich also
Busingen's (DE) and Liechtenstein's, and Europe/Simferopol is listed for both RU and UA.
"""

from __future__ import annotations

from dataclasses import dataclass

from .languages import Phrase

MAINLAND = "cn"
ABROAD = "abroad"  # somewhere else: outside mainland China, in no region of this list


@dataclass(frozen=True, slots=True)
class Region:
    key: str  # what a verdict says: the ISO code in lower case, or ABROAD
    code: str  # ISO 3166-1 alpha-2, as phonenumbers spells it; "" for somewhere else
    name: Phrase
    zones: tuple[str, ...] = ()  # IANA time zones used only in this region


def _region(code: str, zh: str, en: str, *zones: str) -> Region:
    return Region(code.lower(), code, Phrase(zh, en), zones)


_US_ZONES = [
    "America/New_York",
    "America/Detroit",
    "America/Kentucky/Louisville",
    "America/Kentucky/Monticello",
    "America/Indiana/Indianapolis",
    "America/Indiana/Vincennes",
    "America/Indiana/Winamac",
    "America/Indiana/Marengo",
    "America/Indiana/Petersburg",
    "America/Indiana/Vevay",
    "America/Indiana/Tell_City",
    "America/Indiana/Knox",
    "America/Chicago",
    "America/Menominee",
    "America/North_Dakota/Center",
    "America/North_Dakota/New_Salem",
    "America/North_Dakota/Beulah",
    "America/Denver",
    "America/Boise",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "America/Juneau",
    "America/Sitka",
    "America/Metlakatla",
    "America/Yakutat",
    "America/Nome",
    "America/Adak",
    "Pacific/Honolulu",
    "US/Eastern",
    "US/Central",
    "US/Mountain",
    "US/Pacific",
    "US/Alaska",
    "US/Hawaii",
    "US/Arizona",
]
_CA_ZONES = [
    "America/St_Johns",
    "America/Halifax",
    "America/Glace_Bay",
    "America/Moncton",
    "America/Goose_Bay",
    "America/Toronto",
    "America/Nipigon",
    "America/Thunder_Bay",
    "America/Iqaluit",
    "America/Pangnirtung",
    "America/Atikokan",
    "America/Winnipeg",
    "America/Rainy_River",
    "America/Resolute",
    "America/Rankin_Inlet",
    "America/Regina",
    "America/Swift_Current",
    "America/Edmonton",
    "America/Cambridge_Bay",
    "America/Yellowknife",
    "America/Inuvik",
    "America/Creston",
    "America/Dawson_Creek",
    "America/Fort_Nelson",
    "America/Whitehorse",
    "America/Dawson",
    "America/Vancouver",
    "America/Blanc-Sablon",
    "Canada/Atlantic",
    "Canada/Central",
    "Canada/Eastern",
    "Canada/Mountain",
    "Canada/Newfoundland",
    "Canada/Pacific",
]
_AU_ZONES = [
    "Australia/Sydney",
    "Australia/Melbourne",
    "Australia/Brisbane",
    "Australia/Lindeman",
    "Australia/Adelaide",
    "Australia/Broken_Hill",
    "Australia/Darwin",
    "Australia/Perth",
    "Australia/Eucla",
    "Australia/Hobart",
    "Australia/Currie",
    "Australia/Lord_Howe",
    "Australia/ACT",
    "Australia/Canberra",
    "Australia/NSW",
    "Australia/Victoria",
    "Australia/Queensland",
    "Australia/North",
    "Australia/South",
    "Australia/West",
    "Australia/Tasmania",
    "Australia/LHI",
    "Australia/Yancowinna",
]
_RU_ZONES = [
    "Europe/Kaliningrad",
    "Europe/Moscow",
    "Europe/Kirov",
    "Europe/Volgograd",
    "Europe/Astrakhan",
    "Europe/Saratov",
    "Europe/Ulyanovsk",
    "Europe/Samara",
    "Asia/Yekaterinburg",
    "Asia/Omsk",
    "Asia/Novosibirsk",
    "Asia/Barnaul",
    "Asia/Tomsk",
    "Asia/Novokuznetsk",
    "Asia/Krasnoyarsk",
    "Asia/Irkutsk",
    "Asia/Chita",
    "Asia/Yakutsk",
    "Asia/Khandyga",
    "Asia/Vladivostok",
    "Asia/Ust-Nera",
    "Asia/Magadan",
    "Asia/Sakhalin",
    "Asia/Srednekolymsk",
    "Asia/Kamchatka",
    "Asia/Anadyr",
    "W-SU",
]

# In the widget's order: mainland China, the SARs and Taiwan, then the countries by their English
# names; somewhere else is last.
REGIONS: tuple[Region, ...] = (
    _region(
        "CN",
        "中国大陆",
        "Mainland China",
        "Asia/Shanghai",
        "Asia/Urumqi",
        "Asia/Chongqing",
        "Asia/Chungking",
        "Asia/Harbin",
        "PRC",
    ),
    _region("HK", "香港", "Hong Kong", "Asia/Hong_Kong", "Hongkong"),
    _region("MO", "澳门", "Macao", "Asia/Macau", "Asia/Macao"),
    _region("TW", "台湾", "Taiwan", "Asia/Taipei", "ROC"),
    _region("AU", "澳大利亚", "Australia", *_AU_ZONES),
    _region("CA", "加拿大", "Canada", *_CA_ZONES),
    _region("FR", "法国", "France", "Europe/Paris"),
    _region("DE", "德国", "Germany", "Europe/Berlin"),
    _region("ID", "印度尼西亚", "Indonesia", "Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"),
    _region("IE", "爱尔兰", "Ireland", "Europe/Dublin", "Eire"),
    _region("IT", "意大利", "Italy", "Europe/Rome"),
    _region("JP", "日本", "Japan", "Asia/Tokyo", "Japan"),
    _region("MY", "马来西亚", "Malaysia", "Asia/Kuala_Lumpur", "Asia/Kuching"),
    _region("NL", "荷兰", "the Netherlands", "Europe/Amsterdam"),
    _region("NZ", "新西兰", "New Zealand", "Pacific/Auckland", "Pacific/Chatham", "NZ", "NZ-CHAT"),
    _region("PH", "菲律宾", "the Philippines", "Asia/Manila"),
    _region("RU", "俄罗斯", "Russia", *_RU_ZONES),
    _region("SG", "新加坡", "Singapore"),  # Asia/Singapore is also peninsular Malaysia's
    _region("KR", "韩国", "South Korea", "Asia/Seoul", "ROK"),
    _region("ES", "西班牙", "Spain", "Europe/Madrid", "Africa/Ceuta", "Atlantic/Canary"),
    _region("TH", "泰国", "Thailand"),  # Asia/Bangkok is also Cambodia's, Laos' and north Vietnam's
    _region("AE", "阿联酋", "the United Arab Emirates"),  # Asia/Dubai is also Oman's and others'
    _region("GB", "英国", "the United Kingdom", "Europe/London", "Europe/Belfast", "GB", "GB-Eire"),
    _region("US", "美国", "the United States", *_US_ZONES),
    _region("VN", "越南", "Vietnam", "Asia/Ho_Chi_Minh", "Asia/Saigon"),
    Region(ABROAD, "", Phrase("其他国家或地区", "Somewhere else")),
)
BY_KEY: dict[str, Region] = {region.key: region for region in REGIONS}
# The coarse place the rules know: "cn" in mainland China, "abroad" anywhere else.
COARSE: dict[str, str] = {key: MAINLAND if key == MAINLAND else ABROAD for key in BY_KEY}
# A time zone → the key of the one region it is used in.
ZONES: dict[str, str] = {zone: region.key for region in REGIONS for zone in region.zones}
if len(ZONES) != sum(len(region.zones) for region in REGIONS):
    raise RuntimeError("a time zone is listed for two regions: leave it out (it is no unambiguous guess)")


def key_of(value: str) -> str | None:
    """The key of the region ``value`` names (a code in any case, or "abroad"), else None."""
    key = value.lower()
    return key if key in BY_KEY else None


def capitalised(name: str, *, article: bool = True) -> str:
    """A region's name as a heading starts: "The United Kingdom", where a sentence says "the United
    Kingdom"; without its article, as an option shows it: "United Kingdom"."""
    if not article:
        name = name.removeprefix("the ")
    return name[:1].upper() + name[1:]
