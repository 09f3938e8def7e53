"""Demo data: fills a journal with a realistic, varied sample of customers and their history.

The `demo` command and the scale benchmarks use it. The sample is a book of accounts of a
specialty coffee and tea supplier: cafés, hotels, shops and offices from many countries (names in
Latin script with accents, and some in Cyrillic, Greek, Chinese, Japanese and Korean), each with a
stage and its history, conversations with several sentences of notes, delights, pain points (with
us or with a competitor, some resolved), reasons for buying, promises (open, overdue, kept),
personal facts and important dates, gifts, invitations with their status history, trust
milestones, and purchases spread like real revenue: a few customers bring most of it, and some
who bought on a regular rhythm have stopped.

Everything happens in one write transaction (so a failure or a cancel leaves the journal as it
was) and is written with plain `executemany` on the driver connection: ids are assigned here,
after the current maximum of each table, so children link to their parents without a round trip.
The full-text index is rebuilt at the end, inside the same transaction. The same seed and the
same `today` give the same journal.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import random
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.engine import Connection

from custjournal.domain import vocab
from custjournal.domain.reminders import MONTHS
from custjournal.store import derived, search, settings
from custjournal.store.journal import Journal

__all__ = ["DemoCancelled", "DemoSummary", "fill"]

T = TypeVar("T")

# Customers generated and written per batch; progress is reported after each batch.
BATCH = 250
# Demo history spans this many days up to `today`.
HISTORY_DAYS = 730


class DemoCancelled(Exception):
    """The progress callback asked to stop; the transaction was rolled back, nothing was added."""


@dataclass(frozen=True)
class DemoSummary:
    customers: int  # customers added
    entries: int  # rows added about them: every table but customer and customer_tag
    rows: dict[str, int] = field(default_factory=dict)  # rows added per table


# --- the tables written, with their columns in insert order ----------------------------------

_ID_STAMPS = "id created_at updated_at"  # the head of every table with an id
_COLUMNS: dict[str, tuple[str, ...]] = {
    name: tuple(columns.split())
    for name, columns in {
        "customer": f"{_ID_STAMPS} name company role email phone notes stage cadence_days "
        "tier_pin archived",
        "customer_tag": "customer_id tag",
        "contact_point": f"{_ID_STAMPS} customer_id kind label value",
        "stage_change": f"{_ID_STAMPS} customer_id from_stage stage changed_on",
        "conversation": f"{_ID_STAMPS} customer_id occurred_on channel summary notes why_buy",
        "delight": f"{_ID_STAMPS} customer_id conversation_id text",
        "pain_point": f"{_ID_STAMPS} customer_id conversation_id text with_whom resolved_on",
        "fact": f"{_ID_STAMPS} customer_id conversation_id category text learned_on month day",
        "promise": f"{_ID_STAMPS} customer_id conversation_id text made_on due_on done_on",
        "gift": f"{_ID_STAMPS} customer_id what kind given_on cost_minor occasion reaction",
        "invitation": f"{_ID_STAMPS} customer_id event event_on invited_on as_guest status",
        "invitation_status_change": f"{_ID_STAMPS} invitation_id status changed_on",
        "milestone": f"{_ID_STAMPS} customer_id kind custom occurred_on note",
        "purchase": f"{_ID_STAMPS} customer_id purchased_on amount_minor currency what",
    }.items()
}
# Parents before children, so every foreign key points at a row already written.
_ORDER = tuple(_COLUMNS)
_NOT_ENTRIES = {"customer", "customer_tag"}


class _Table:
    """Rows waiting to be written to one table, and the next id to hand out."""

    def __init__(self, name: str, next_id: int) -> None:
        self.name = name
        self.next_id = next_id
        self.rows: list[tuple[object, ...]] = []
        self.written = 0
        columns = _COLUMNS[name]
        self.sql = (
            f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        )

    def new_id(self) -> int:
        value = self.next_id
        self.next_id += 1
        return value

    def flush(self, conn: Connection) -> None:
        if self.rows:
            conn.exec_driver_sql(self.sql, self.rows)
            self.written += len(self.rows)
            self.rows = []


def _max_ids(conn: Connection) -> dict[str, int]:
    result = {}
    for name, columns in _COLUMNS.items():
        if columns[0] == "id":
            row = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {name}").fetchone()
            result[name] = int(row[0]) if row else 0
    return result


# --- people: names from many cultures and scripts ----------------------------------------------

_TRANSLIT = str.maketrans(
    {"ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "þ": "th", "'": ""}
)


def _ascii(text: str) -> str:
    """Lower-case ASCII letters only, for e-mail addresses and web domains."""
    decomposed = unicodedata.normalize("NFD", text.casefold().translate(_TRANSLIT))
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


@dataclass(frozen=True)
class _Name:
    native: str
    female: str  # the female form where a language has one (Dvořák / Dvořáková)
    latin: str  # for e-mail addresses

    @classmethod
    def parse(cls, spec: str) -> _Name:
        # "Dvořák/Dvořáková", "Анна=anna", "Иванов/Иванова=ivanov", or a plain Latin name.
        spec, _, latin = spec.partition("=")
        native, _, female = spec.partition("/")
        return cls(native, female or native, latin or _ascii(native))


def _is_latin(text: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def _full_name(culture: _Culture, given: str, surname: str) -> str:
    if culture.order == "western":
        return f"{given} {surname}"
    if culture.order == "eastern":
        return f"{surname} {given}"
    return f"{surname}{given}"


def _names(specs: str) -> tuple[_Name, ...]:
    return tuple(_Name.parse(s.strip()) for s in specs.split(",") if s.strip())


@dataclass(frozen=True)
class _Culture:
    weight: int
    women: tuple[_Name, ...]
    men: tuple[_Name, ...]
    surnames: tuple[_Name, ...]
    phone: str  # country calling code
    tld: str
    cities: tuple[str, ...]
    companies: tuple[str, ...]  # patterns with {sur} and {city}; "native=latin" where not Latin
    order: str = "western"  # western | eastern (family name first) | joined (first, no space)
    local: tuple[str, ...] = ()  # sentences a note may carry in the customer's own language


def _culture(
    weight: int,
    women: str,
    men: str,
    surnames: str,
    phone: str,
    tld: str,
    cities: str,
    companies: str,
    order: str = "western",
    local: str = "",
) -> _Culture:
    return _Culture(
        weight,
        _names(women),
        _names(men),
        _names(surnames),
        phone,
        tld,
        tuple(c.strip() for c in cities.split(",")),
        tuple(c.strip() for c in companies.split(";")),
        order,
        tuple(s.strip() for s in local.split("|") if s.strip()),
    )


_CULTURES: tuple[_Culture, ...] = (
    _culture(
        13,
        "Emma, Olivia, Charlotte, Grace, Hannah, Sarah, Megan, Chloe, Abigail, Ruth",
        "James, Oliver, Thomas, William, Daniel, Jack, George, Samuel, Harry, Noah",
        "Smith, Johnson, Taylor, Brown, Walker, Wright, Hughes, Clarke, Turner, Baker, "
        "Whitfield, Ashworth",
        "+44",
        "co.uk",
        "London, Manchester, Leeds, Bristol, Edinburgh, Boston, Seattle",
        "{sur} & Sons; Northwind Trading Ltd; {city} Coffee Co.; Blue Harbour Hotels; "
        "The Daily Grind; {sur} Hospitality Group; Copper Kettle Tearooms",
    ),
    _culture(
        4,
        "Siobhán, Aoife, Niamh, Róisín, Saoirse",
        "Seán, Pádraig, Ciarán, Eoin, Darragh",
        "O'Brien, O'Sullivan, Ó Ceallaigh/Ní Cheallaigh, McCarthy, Murphy, Kavanagh",
        "+353",
        "ie",
        "Dublin, Cork, Galway, Limerick",
        "{sur}'s Bakery; Atlantic Hotels; {city} Roasting House; Clover Café",
    ),
    _culture(
        13,
        "Lena, Hannah, Marie, Lisa, Franziska, Birgit, Käthe, Anneliese, Jördis",
        "Lukas, Matthias, Jörg, Stefan, Maximilian, Björn, Jürgen, Günther, Uwe",
        "Müller, Schäfer, Weiß, Groß, Köhler, Schröder, Hoffmann, Zimmermann, Bäcker, "
        "Krüger, Fuchs, Weißenbäck",
        "+49",
        "de",
        "München, Köln, Düsseldorf, Hamburg, Wien, Zürich, Nürnberg, Graz",
        "{sur} GmbH; {sur} & Söhne KG; Bäckerei {sur}; Kaffeehaus am Markt; "
        "Hotel {city}er Hof; Rösterei {sur}; Büroservice Nord GmbH",
    ),
    _culture(
        10,
        "Zoë, Chloé, Léa, Hélène, Amélie, Margaux, Inès, Céline, Maëlle",
        "François, Jérôme, Étienne, Benoît, Rémi, Théo, Sébastien, Noël, Loïc",
        "Dubois, Lefèvre, Moreau, Fontaine, Girard, Bérénger, Mercier, Lemaître, Rousseau, "
        "Chevalier, Pâris",
        "+33",
        "fr",
        "Lyon, Paris, Bordeaux, Lille, Nantes, Genève, Liège, Montréal",
        "Maison {sur}; {sur} et Fils SARL; Épicerie du Marché; Brûlerie de {city}; "
        "Hôtel Belle Époque; Café des Arts",
    ),
    _culture(
        9,
        "María José, Lucía, Ana Sofía, Mónica, Inés, Begoña, Ximena, Nuria",
        "José, Álvaro, Iñigo, Joaquín, Andrés, Raúl, Sebastián, Martín",
        "García, Fernández, Martínez, Muñoz, Núñez, Ibáñez, Gómez, Peña, Suárez, Domínguez",
        "+34",
        "es",
        "Sevilla, Málaga, Bilbao, Valencia, Zaragoza, Córdoba, Ciudad de México",
        "{sur} Hermanos S.L.; Café {city}; Cafetería La Esquina; Hostal del Sol; "
        "Distribuciones {sur}",
    ),
    _culture(
        5,
        "Beatriz, Inês, Leonor, Luíza, Mariana, Conceição",
        "João, Gonçalo, Sérgio, Antônio, Vinícius",
        "Gonçalves, Magalhães, Araújo, Simões, Brandão, Assunção",
        "+351",
        "pt",
        "Lisboa, Porto, Coimbra, São Paulo, Belo Horizonte",
        "Pastelaria {sur}; {sur} & Filhos Lda.; Café Central de {city}",
    ),
    _culture(
        7,
        "Giulia, Francesca, Chiara, Alessandra, Benedetta",
        "Niccolò, Lorenzo, Matteo, Giuseppe, Andrea, Gianluca",
        "Rossi, Esposito, Bianchi, Colombo, Ricci, De Luca, Conti, Galli, D'Angelo",
        "+39",
        "it",
        "Milano, Torino, Bologna, Firenze, Napoli, Verona",
        "{sur} S.r.l.; Torrefazione {sur}; Pasticceria {city}; Albergo Bellavista",
    ),
    _culture(
        4,
        "Małgorzata, Agnieszka, Katarzyna, Zofia, Łucja",
        "Łukasz, Paweł, Wojciech, Grzegorz, Michał",
        "Nowak, Wójcik, Kowalczyk, Mazur, Zając, Wiśniewski/Wiśniewska, Dąbrowski/Dąbrowska",
        "+48",
        "pl",
        "Kraków, Wrocław, Gdańsk, Poznań, Łódź",
        "Kawiarnia {sur}; {sur} sp. z o.o.; Hotel Pod Różą",
    ),
    _culture(
        3,
        "Tereza, Kateřina, Lucie, Markéta",
        "Jiří, Tomáš, Ondřej, Vojtěch",
        "Dvořák/Dvořáková, Novotný/Novotná, Černý/Černá, Procházka/Procházková",
        "+420",
        "cz",
        "Praha, Brno, Olomouc",
        "Kavárna {sur}; {sur} s.r.o.; Pražírna u Mostu",
    ),
    _culture(
        4,
        "Åsa, Ingrid, Sigrún, Maja, Freja",
        "Søren, Bjørn, Håkan, Mikael, Øystein",
        "Ødegård, Nyström, Lindqvist, Sørensen, Åberg, Johansson, Halvorsen",
        "+46",
        "se",
        "Göteborg, Malmö, Århus, Bergen, Tromsø",
        "{sur} Kafferosteri AB; Fika & Co; Hotell Nordstjärnan",
    ),
    _culture(
        3,
        "Ayşe, Gül, Şule, Elif, Özlem",
        "Çağan, Mehmet, İbrahim, Oğuz, Barış",
        "Yılmaz, Şahin, Öztürk, Çelik, Aydın, Doğan, Kılıç",
        "+90",
        "com.tr",
        "İstanbul, İzmir, Ankara, Bursa",
        "{sur} Kahve Evi; {sur} Gıda A.Ş.; Boğaz Otel",
    ),
    _culture(
        3,
        "Thị Hương, Thu Trang, Ngọc Ánh",
        "Văn Đức, Minh Quân, Quốc Bảo",
        "Nguyễn, Trần, Lê, Phạm, Hoàng, Đặng",
        "+84",
        "vn",
        "Hà Nội, Đà Nẵng, Hồ Chí Minh",
        "Cà Phê {sur}; {sur} Trading Co.",
        order="eastern",
    ),
    _culture(
        4,
        "Anouk, Fenna, Sanne, Maud",
        "Daan, Joost, Thijs, Sjoerd",
        "van der Berg, de Vries, Bakker, van Dijk, Visser, Jansen",
        "+31",
        "nl",
        "Utrecht, Rotterdam, Den Haag, Gent, Antwerpen",
        "Koffiebranderij {sur}; {sur} B.V.; Lunchroom De Gouden Lepel",
    ),
    _culture(
        2,
        "Ελένη=eleni, Μαρία=maria, Σοφία=sofia",
        "Γιώργος=giorgos, Νίκος=nikos",
        "Παπαδόπουλος/Παπαδοπούλου=papadopoulos, Οικονόμου=oikonomou",
        "+30",
        "gr",
        "Αθήνα, Θεσσαλονίκη",
        "Καφεκοπτείο {sur}=kafekopteio; Ξενοδοχείο Ακρόπολις=akropolis-hotel",
        local="Συζητήσαμε τις παραγγελίες για το καλοκαίρι.",
    ),
    _culture(
        4,
        "Анна=anna, Екатерина=ekaterina, Ольга=olga, Наталья=natalya",
        "Дмитрий=dmitry, Алексей=alexey, Сергей=sergey, Иван=ivan",
        "Иванов/Иванова=ivanov, Смирнов/Смирнова=smirnov, Кузнецов/Кузнецова=kuznetsov, "
        "Соколов/Соколова=sokolov, Попов/Попова=popov",
        "+7",
        "ru",
        "Москва, Санкт-Петербург, Казань, Новосибирск",
        "ООО «Северный ветер»=severny-veter; Торговый дом «{sur}»=td-trade; "
        "Кофейня «Зерно»=zerno-coffee",
        local="Обсудили условия поставки на следующий квартал. | "
        "Клиент доволен качеством зерна. | Просили прислать новый прайс-лист.",
    ),
    _culture(
        2,
        "Олена=olena, Оксана=oksana, Ірина=iryna",
        "Андрій=andriy, Тарас=taras",
        "Шевченко=shevchenko, Коваленко=kovalenko, Бондаренко=bondarenko",
        "+380",
        "ua",
        "Київ, Львів, Одеса",
        "Львівська кав'ярня=lviv-kavyarnya; ТОВ «Зерно»=tov-zerno",
        local="Домовилися про дегустацію наступного тижня.",
    ),
    _culture(
        4,
        "秀英=xiuying, 静=jing, 丽娜=lina, 芳=fang",
        "伟=wei, 强=qiang, 建国=jianguo, 磊=lei",
        "王=wang, 李=li, 张=zhang, 刘=liu, 陈=chen",
        "+86",
        "cn",
        "北京, 上海, 杭州, 广州",
        "北京茶叶有限公司=beijing-tea; 上海咖啡贸易=shanghai-coffee; 杭州龙井茶庄=longjing",
        order="joined",
        local="客户对新茶叶样品很满意。 | 下个月再联系。 | 他们想增加乌龙茶的订单。",
    ),
    _culture(
        2,
        "花子=hanako, 由美=yumi, さくら=sakura",
        "太郎=taro, 健=ken, 翔太=shota",
        "山田=yamada, 佐藤=sato, 鈴木=suzuki, 高橋=takahashi",
        "+81",
        "jp",
        "東京, 大阪, 京都",
        "株式会社山田商事=yamada-shoji; 喫茶さくら=kissa-sakura",
        order="eastern",
        local="来月の展示会でまた会う予定です。 | 新しい抹茶のサンプルを送ります。",
    ),
    _culture(
        2,
        "지은=jieun, 서연=seoyeon",
        "민준=minjun, 도윤=doyun",
        "김=kim, 이=lee, 박=park, 최=choi",
        "+82",
        "kr",
        "서울, 부산",
        "서울커피=seoul-coffee; 한빛상사=hanbit",
        order="joined",
        local="다음 주에 견적서를 보내기로 했습니다.",
    ),
)
_CULTURE_WEIGHTS = list(itertools.accumulate(c.weight for c in _CULTURES))

_MAIL_HOSTS = ("gmail.com", "outlook.com", "web.de", "yahoo.com", "proton.me", "gmx.net")
_ROLES = (
    "Owner",
    "Purchasing manager",
    "Head barista",
    "Café manager",
    "Operations director",
    "F&B manager",
    "Buyer",
    "CEO",
    "Office manager",
    "Head chef",
    "Store manager",
    "Procurement lead",
    "Category manager",
    "Founder",
    "General manager",
    "Co-owner",
)
_TAGS = (
    "wholesale",
    "retail",
    "horeca",
    "office",
    "online-shop",
    "trade-fair-2025",
    "trade-fair-2024",
    "newsletter",
    "referral",
    "export",
    "subscription",
    "hotel",
    "bakery",
    "north",
    "south",
    "key-account",
)
_CUSTOMER_NOTES = (
    "Met at the trade fair in {city}; prefers e-mail.",
    "Family business, third generation. Decisions take time.",
    "Referred by {other}. Very price-conscious.",
    "Deliveries only before 9:00, back entrance.",
    "Pays on time, usually within a week.",
    "Two locations, the second one opened last spring.",
    "Cares a lot about organic and Fairtrade certificates.",
    "Small team; the owner does the buying personally ☕",
)

# --- what the supplier sells, and the words people use about it -------------------------------

# Sold by weight: what a regular buyer reorders.
_BEANS = (
    "house espresso blend",
    "Ethiopian Yirgacheffe",
    "Colombian Huila",
    "Brazil Santos",
    "Kenyan AA",
    "Guatemala Antigua",
    "decaf Swiss Water",
    "Sumatra Mandheling",
    "Darjeeling first flush",
    "Japanese sencha",
    "Taiwanese oolong",
    "Assam breakfast tea",
    "ceremonial matcha",
    "rooibos vanilla",
    "Earl Grey",
    "filter coffee blend",
    "seasonal single origin",
    "Yunnan pu-erh",
)
# Everything else, as it appears on an invoice.
_OTHER_GOODS = (
    "Grinder service",
    "Espresso machine lease, one quarter",
    "Barista training, two days",
    "Branded paper cups, 5,000",
    "Christmas gift boxes, 40 pieces",
    "Cold brew kegs, 6 × 20 l",
    "Compostable capsules, 1,200",
    "Chai concentrate, 12 bottles",
    "Hot chocolate, 10 kg",
    "Oat milk, 48 cartons",
    "Descaling tablets and cleaning kit",
)
_PRODUCTS = (
    *_BEANS,
    "chai concentrate",
    "cold brew kegs",
    "compostable capsules",
    "hot chocolate",
    "oat milk",
    "branded paper cups",
    "grinder service",
    "espresso machine lease",
    "barista training",
    "Christmas gift boxes",
)
_COMPETITORS = (
    "BeanCo",
    "Roastwerk",
    "Kaffee Kontor",
    "Tea Palace",
    "Global Bean Supply",
    "GrindHouse",
    "Sunrise Imports",
    "Café Central Supply",
    "Highland Roasters",
    "Blue Leaf Teas",
)
_SEASONS = ("spring", "summer", "autumn", "the Christmas season", "Easter", "the winter menu")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_RELATIVES = ("daughter", "son", "wife", "husband", "mother", "father", "brother", "sister")
_KIDS = (
    "Léa",
    "Tom",
    "Mia",
    "Jonas",
    "Sofía",
    "Luca",
    "Emil",
    "Nora",
    "Kenji",
    "Ana",
    "Finn",
    "Zoë",
    "Mateo",
    "Ida",
    "Oskar",
    "Amélie",
)
_INTERESTS = (
    "sailing",
    "marathon running",
    "jazz records",
    "mountain biking",
    "chess",
    "gardening",
    "bird watching",
    "football",
    "photography",
    "cooking",
    "skiing",
    "classic cars",
)
_PLACES = (
    "Mallorca",
    "the Alps",
    "Lisbon",
    "Kyoto",
    "the Dolomites",
    "Crete",
    "Iceland",
    "Provence",
    "the Lake District",
    "Sardinia",
    "Vietnam",
    "Norway",
)
_EMOJI = ("🙂", "👍", "🎉", "☕", "🙏", "😊")

_OPENERS: dict[str, tuple[str, ...]] = {
    "call": (
        "Called {first} to follow up on the {product} order.",
        "{first} called about the last delivery of {product}.",
        "Phone call with {first}, about twenty minutes.",
        "Rang {first} back after the voicemail on {weekday}.",
    ),
    "meeting": (
        "Met {first} at their office in {city}.",
        "Meeting with {first} and their {colleague} about next quarter.",
        "Sat down with {first} for the quarterly review.",
    ),
    "visit": (
        "Visited the shop in {city}; busy lunchtime, good atmosphere.",
        "Dropped by {company} with samples of {product}.",
        "Site visit to check the espresso machine and grinder setup.",
    ),
    "email": (
        "{first} wrote back about the quote for {product}.",
        "Long e-mail from {first} with questions about {product}.",
        "Sent the new price list; {first} replied the same day.",
    ),
    "message": (
        "Quick message exchange with {first} about {product}.",
        "{first} sent a photo of the new counter and asked about {product}.",
        "Short chat with {first} on WhatsApp.",
    ),
    "event": (
        "Ran into {first} at the {event}.",
        "Talked with {first} at our stand during the {event}.",
        "{first} came to the {event} with their {colleague}.",
    ),
    "other": (
        "Caught {first} by chance in {city}.",
        "Note after a lunch with {first}.",
    ),
}
_BODY = (
    "{first} said their guests love the {bean}, but find the {bean2} a bit too acidic.",
    "They are going through about {n} kg a week now, up from {m} kg in {month}.",
    "Discussed moving from monthly to fortnightly deliveries.",
    "We went through the new price list; {first} asked for a volume discount above {n} kg.",
    "The espresso machine at the {city} branch had a pressure problem again.",
    "{first} mentioned that {comp} offered a lower price, but their deliveries are unreliable.",
    "Staff turnover is high, so they would like another barista training in {month}.",
    "The owner is thinking about a second location near the station in {city}.",
    "They want to put the {bean2} on the menu for {season}.",
    "Invoice {invoice} is still open; {first} promised to check with accounting.",
    "Feedback on the last batch of {bean} was very positive.",
    "Asked about organic and Fairtrade certificates for their menu.",
    "Renovation of the shop starts in {month}, so orders will pause for two weeks.",
    "They are testing oat milk brands and asked what pairs well with our {bean}.",
    "Prices at {comp} went up by {pct}% this year, and {first} is not happy about it.",
    "They compared our {bean2} with the one from {comp} in a blind tasting.",
    "The new head barista prefers a lighter roast; we should bring the {bean2}.",
    "Order {order} for {n} kg of {bean} was confirmed.",
    "Their customers ask more and more for decaf and plant-based options.",
    "Cash flow is tight after the winter, so they asked for 60 days payment terms.",
    "They are happy with the grinder since the service in {month}.",
    "{first} wants fewer, larger deliveries to save on storage space.",
    "They liked the tasting notes card we send with each delivery of {bean3}.",
    "A food blogger wrote about their {bean3} latte, and sales jumped.",
    "Tourist season was weaker than expected in {city}.",
    "{first} asked whether we could supply the hotel in {city2} as well.",
    "Their online shop now sells our {bean} in 250 g bags.",
    "They had complaints about bitter espresso; probably the grinder setting, not the beans.",
    "The office moved to a hybrid schedule, so consumption dropped by about {pct}%.",
    "Discussed a private label for the {bean2} with their logo.",
)
_PERSONAL = (
    "{first} told me about {pos} {relative}'s graduation in {city2}.",
    "We talked about {interest} for a while; {first} is really into it.",
    "{first} just came back from a holiday in {place}.",
    "{pos_cap} {relative} has been ill; asked to keep it short.",
    "{first} is training for a half marathon in {month}.",
    "They are expecting a baby in {month}.",
    "{first} showed me photos from {place}.",
)
_NEXT = (
    "Next step: send samples of {bean2} by {weekday}.",
    "I'll call again in two weeks.",
    "Agreed to meet at the {event}.",
    "Will prepare a quote for {n} kg per month.",
    "Follow up after their team meeting on {weekday}.",
    "Promised to check delivery slots for Saturdays.",
    "Nothing to do right now; check in next month.",
)
_SUMMARIES = (
    "Follow-up on {product} order",
    "Quarterly review",
    "Tasting session: {bean}",
    "Price discussion for {season}",
    "Complaint about delivery",
    "Catch-up",
    "Intro meeting",
    "Machine service follow-up",
    "Planning for {season}",
    "Checking in after the holidays",
    "Reorder of {product}",
    "Question about invoice {invoice}",
    "Samples feedback",
    "New menu ideas",
    "Payment terms",
)
_WHY_BUY = (
    "You actually pick up the phone.",
    "Your {bean} is the only one our regulars ask for by name.",
    "Delivery within 48 hours, even in December.",
    "We trust you with the machines; the service is quick.",
    "{comp} let us down once too often.",
    "Your training got my staff excited about coffee again.",
    "Fair price and no surprises on the invoice.",
    "You remembered my {relative}'s name; nobody else does.",
    "The tasting at your roastery convinced my partner.",
    "Small orders are fine with you; others want a full pallet.",
)
_DELIGHTS = (
    "Loved the {bean}.",
    "Guests keep asking about the {product}.",
    "Fast delivery before the weekend rush.",
    "The barista training made a real difference.",
    "Our driver is always friendly and on time.",
    "Appreciated the handwritten note in the last box.",
    "Praised the new compostable packaging.",
    "Happy that we fixed the grinder the same day.",
    "Liked being invited as a guest, not as a speaker.",
    "The tasting notes help their staff sell the {bean}.",
    "Enjoyed the visit to our roastery 🎉",
)
_PAINS_US = (
    "Delivery arrived two days late.",
    "Invoice had the wrong VAT number.",
    "Grinder service took a week.",
    "Price increase came without warning.",
    "Last batch of {bean} was roasted too dark.",
    "Hard to reach anyone on Fridays.",
    "Minimum order quantity is too high for them.",
    "Online shop login keeps failing.",
    "Packaging tore in transit.",
    "The {product} was out of stock twice this month.",
)
_PAINS_COMP = (
    "{comp} keeps missing delivery windows.",
    "{comp}'s sales rep changes every few months.",
    "{comp} raised prices by {pct}% without notice.",
    "Quality of the {bean} from {comp} is inconsistent.",
    "{comp} never answers e-mails.",
    "{comp} charges extra for small orders.",
    "{comp}'s machines break down and nobody comes.",
)
_PROMISES = (
    "Send the price list for {season}",
    "Arrange a tasting of the {product}",
    "Call back about the grinder repair",
    "Send samples of {bean}",
    "Check whether we can deliver on Saturdays",
    "E-mail the barista training dates",
    "Prepare a quote for {n} kg per month",
    "Introduce {first} to our head roaster",
    "Fix the VAT number on invoice {invoice}",
    "Send the certificate of origin for the {bean}",
    "Book a table for lunch in {city}",
    "Send the recipe for the {bean} cold brew",
)
_FACTS: dict[str, tuple[str, ...]] = {
    "family": (
        "Has two kids, {kid} and {kid2}.",
        "{pos_cap} daughter {kid} studies in {city2}.",
        "Married; {pos} partner runs a bakery.",
        "Just became a grandparent.",
        "{pos_cap} {relative} also works in the business.",
    ),
    "interests": (
        "Into {interest}.",
        "Keen on {interest}; goes to {place} every year.",
        "Collects vinyl records, mostly jazz.",
        "Plays chess online every evening.",
        "Supports the local football club.",
    ),
    "preferences": (
        "Prefers e-mail to calls before 10:00.",
        "Takes coffee black, no sugar.",
        "Likes meetings on {weekday} mornings.",
        "Prefers WhatsApp messages.",
        "Vegetarian; remember it for dinners.",
        "Doesn't drink alcohol.",
    ),
    "goals": (
        "Wants to open a second shop in {city2} next year.",
        "Plans to hand the business over to {kid} in a few years.",
        "Wants to cut packaging waste by half.",
        "Aims for B Corp certification.",
        "Wants to become the best café in {city}.",
    ),
    "dislikes": (
        "Dislikes cold calls.",
        "Hates long PDFs; one-page summaries only.",
        "Doesn't like being addressed by surname.",
        "Dislikes small talk about politics.",
        "Can't stand late deliveries on Mondays.",
    ),
}
_IMPORTANT_DATES = (
    "Birthday",
    "Wedding anniversary",
    "Shop opening anniversary",
    "Daughter {kid}'s birthday",
    "Son {kid}'s birthday",
    "Company founded on this day",
    "Name day",
)
_FACT_CATEGORIES = ("family", "interests", "preferences", "goals", "dislikes")
_FACT_CUM = list(itertools.accumulate((3, 3, 3, 2, 2)))
_GIFTS = (
    ("Sample bag of the new {bean}", "sample", 900, 1800),
    ("Box of handmade chocolates", "gift", 2500, 4500),
    ("Tickets to the barista championship", "gift", 6000, 12000),
    ("Engraved tamper", "gift", 3500, 6000),
    ("Free grinder calibration visit", "freebie", 8000, 15000),
    ("Christmas hamper", "gift", 4500, 9000),
    ("Bottle of Riesling", "gift", 1500, 3500),
    ("First pallet of {product} at cost", "loss leader", 20000, 60000),
    ("Book: The World Atlas of Coffee", "gift", 2800, 3500),
    ("Seat at the latte art workshop", "freebie", 9000, 14000),
    ("Branded mugs, set of six", "freebie", 3000, 4800),
    ("Free delivery for a month", "loss leader", 5000, 12000),
    ("Tea tasting kit", "sample", 1500, 2500),
)
_OCCASIONS = (
    "Christmas",
    "birthday",
    "thank-you for a referral",
    "first order",
    "anniversary of working together",
    "new shop opening",
    "trade fair",
    "apology for a late delivery",
    None,
    None,
)
_REACTIONS = (
    "Delighted, sent a photo of it on the counter.",
    "Polite thanks.",
    "Said it was very thoughtful 🙂",
    None,
    "Shared it with the whole team.",
    "Ordered more the next week.",
    "Called to say thank you.",
    "Posted it on Instagram.",
    None,
)
_EVENTS = (
    "Cupping session",
    "Barista championship",
    "Roastery open day",
    "Garden party",
    "Tea tasting evening",
    "Customer dinner",
    "Specialty Coffee Expo",
    "Customer breakfast",
    "HOST Milano trade fair",
    "Harvest report evening",
    "Latte art throwdown",
)
_MILESTONE_NOTES = {
    "first-disclosure": "Told me about {pos} {relative}.",
    "first-purchase": "First order: {product}.",
    "accepted-invitation": "Accepted the invitation to the {event}.",
    "referral": "Referred {other}, who runs a café in {city2}.",
    "testimonial": "Gave a quote for our website.",
    "advocate": "Recommends us at every trade fair.",
}
_CUSTOM_MILESTONES = (
    ("Invited us to their home", "Dinner with the family."),
    ("Shared their five-year plan", None),
    ("Introduced us to their CFO", "Opens the door to the other branches."),
)
_CONTACT_LABELS = {
    "email": ("private", "accounting"),
    "phone": ("mobile", "office"),
    "address": ("shop", "warehouse"),
    "url": ("website", "shop"),
}
# One street per country is enough to make an address look local.
_STREETS = {
    "de": "Hauptstraße",
    "fr": "Rue de la Gare",
    "es": "Calle Mayor",
    "pt": "Rua Augusta",
    "it": "Via Roma",
    "pl": "ul. Długa",
    "cz": "Karlova",
    "se": "Storgatan",
    "com.tr": "İstiklal Caddesi",
    "vn": "Phố Huế",
    "nl": "Kerkstraat",
    "gr": "Οδός Ερμού",
    "ru": "ул. Ленина",
    "ua": "вул. Хрещатик",
    "cn": "南京路",
    "jp": "銀座通り",
    "kr": "세종대로",
}

# Current stages, weighted: most customers are early in the relationship, fewer are loyal.
_STAGE_WEIGHTS = list(itertools.accumulate((25, 18, 17, 22, 18)))
_CHANNEL_WEIGHTS = list(itertools.accumulate((30, 15, 10, 25, 12, 5, 3)))  # vocab.CHANNELS order
# Conversations per 30 days of history, by current stage.
_CONTACT_RATE = {
    "prospecting": 1.1,
    "consideration": 2.0,
    "purchase": 1.6,
    "connection": 1.25,
    "loyalty": 1.1,
}
# How far back (days) a customer of each stage was added: earliest and latest.
_ADDED_BACK = {
    "prospecting": (0, 420),
    "consideration": (20, 600),
    "purchase": (60, 730),
    "connection": (150, 730),
    "loyalty": (300, 730),
}
# Pareto exponent for revenue: about 80 % of it from the top 20 % of buyers.
_PARETO_ALPHA = 1.16
_MIN_YEARLY_MINOR = 30_000  # what the smallest buyers spend a year, in minor units


@dataclass
class _Plan:
    """What is decided about a customer before their history is written."""

    stage: str
    added: dt.date
    yearly_minor: int = 0  # revenue a year for buyers; 0 for customers who never bought
    rhythm: int = 0  # days between purchases for regular buyers; 0 for irregular ones
    stopped: bool = False  # a regular buyer whose buying stopped


class _Slots(dict[str, str]):
    """Template values drawn on first use, so one note names the same product throughout."""

    def __init__(self, gen: _Generator, person: _Person) -> None:
        super().__init__()
        self.gen = gen
        self.person = person

    def __missing__(self, key: str) -> str:
        value = self.gen.slot(key, self.person)
        self[key] = value
        return value


@dataclass
class _Person:
    first: str
    pos: str  # possessive pronoun
    company: str
    city: str
    culture: _Culture


class _Generator:
    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        currency: str,
        cadences: dict[str, int],
        tables: dict[str, _Table],
    ) -> None:
        self.rng = rng
        self.today = today
        self.currency = currency
        self.cadences = cadences
        self.t = tables
        # Other cities a note mentions: those written in Latin script, as an English note would.
        self.all_cities = tuple(city for c in _CULTURES for city in c.cities if _is_latin(city))
        self.first_fact: dt.date | None = None  # of the customer being written
        self._today_stamp = f"{today.isoformat()} 00:00:00.000000"

    # --- small helpers, on the hot path ---------------------------------------------------

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def day_between(self, first: dt.date, last: dt.date) -> dt.date:
        span = (last - first).days
        if span <= 0:
            return first
        return first + dt.timedelta(days=int(self.rng.random() * (span + 1)))

    def stamp(self, day: dt.date) -> str:
        """created_at/updated_at as the ORM stores them: UTC, 'YYYY-MM-DD HH:MM:SS.ffffff'."""
        if day >= self.today:
            # Logged today: midnight UTC, so no stamp lies ahead of the day the demo is made.
            return self._today_stamp
        seconds = 7 * 3600 + int(self.rng.random() * 11 * 3600)
        h, rest = divmod(seconds, 3600)
        return f"{day.isoformat()} {h:02d}:{rest // 60:02d}:{rest % 60:02d}.000000"

    def slot(self, key: str, person: _Person) -> str:
        rng = self.rng
        if key == "first":
            return person.first
        if key == "pos":
            return person.pos
        if key == "pos_cap":
            return person.pos.capitalize()
        if key == "company":
            return person.company
        if key == "city":
            return person.city
        if key in ("product", "product2"):
            return self.pick(_PRODUCTS)
        if key in ("bean", "bean2", "bean3"):
            return self.pick(_BEANS)
        if key == "comp":
            return self.pick(_COMPETITORS)
        if key == "city2":
            return self.pick(self.all_cities)
        if key == "n":
            return str(5 * (1 + int(rng.random() * 40)))
        if key == "m":
            return str(5 * (1 + int(rng.random() * 20)))
        if key == "pct":
            return str(3 + int(rng.random() * 20))
        if key == "month":
            return self.pick(MONTHS)
        if key == "season":
            return self.pick(_SEASONS)
        if key == "weekday":
            return self.pick(_WEEKDAYS)
        if key == "relative":
            return self.pick(_RELATIVES)
        if key in ("kid", "kid2"):
            return self.pick(_KIDS)
        if key == "interest":
            return self.pick(_INTERESTS)
        if key == "place":
            return self.pick(_PLACES)
        if key == "event":
            return self.pick(_EVENTS)
        if key == "colleague":
            return self.pick(("head chef", "partner", "accountant", "store manager"))
        if key == "invoice":
            return (
                f"INV-{self.today.year - int(rng.random() * 2)}-{int(rng.random() * 90000) + 10000}"
            )
        if key == "order":
            return f"PO-{int(rng.random() * 900000) + 100000}"
        if key == "other":
            culture = self.culture()
            female = rng.random() < 0.5
            given = self.pick(culture.women if female else culture.men).native
            sur = self.pick(culture.surnames)
            return _full_name(culture, given, sur.female if female else sur.native)
        raise KeyError(key)

    def culture(self) -> _Culture:
        r = self.rng.random() * _CULTURE_WEIGHTS[-1]
        return _CULTURES[bisect.bisect_right(_CULTURE_WEIGHTS, r)]

    # --- planning: stages and revenue need to see all customers at once --------------------

    def plan(self, count: int) -> list[_Plan]:
        rng = self.rng
        plans = []
        for _ in range(count):
            stage = vocab.STAGES[
                bisect.bisect_right(_STAGE_WEIGHTS, rng.random() * _STAGE_WEIGHTS[-1])
            ]
            low, high = _ADDED_BACK[stage]
            # Skewed: more customers were added recently than long ago.
            back = low + int((high - low) * rng.random() ** 1.3)
            plans.append(_Plan(stage, self.today - dt.timedelta(days=back)))
        buyers = [p for p in plans if p.stage in ("purchase", "connection", "loyalty")]
        # Loyal, long-standing customers are likelier to be the big ones, but any buyer can be.
        pull = {"purchase": 1.0, "connection": 1.6, "loyalty": 2.6}
        ranked = sorted(
            buyers,
            key=lambda p: rng.random() * pull[p.stage] * (0.3 + (self.today - p.added).days / 365),
            reverse=True,
        )
        total = len(ranked)
        for rank, p in enumerate(ranked):
            # Pareto quantiles: value falls with rank as (rank/total)^(-1/alpha).
            quantile = (rank + 0.5) / total
            noise = math.exp(rng.gauss(0.0, 0.25))
            p.yearly_minor = int(_MIN_YEARLY_MINOR * quantile ** (-1 / _PARETO_ALPHA) * noise)
            kind = rng.random()
            if kind < 0.55:
                p.rhythm = rng.choice((14, 30, 30, 30, 45, 45, 60, 60, 90, 90))
                p.stopped = kind < 0.15
        return plans

    # --- one customer and everything about them -------------------------------------------

    def customer(self, plan: _Plan) -> None:
        rng, t, today = self.rng, self.t, self.today
        cid = t["customer"].new_id()
        culture = self.culture()
        female = rng.random() < 0.5
        given = self.pick(culture.women if female else culture.men)
        sur = self.pick(culture.surnames)
        surname = sur.female if female else sur.native
        name = _full_name(culture, given.native, surname)
        city = self.pick(culture.cities)
        company, domain = self.company(culture, sur, city)
        person = _Person(
            given.native if culture.order == "western" else name,
            "her" if female else "his",
            company or name,
            city,
            culture,
        )
        added = plan.added
        stamp = self.stamp(added)

        local = f"{given.latin}.{sur.latin}"
        if rng.random() < 0.3:
            local = f"{given.latin[:1]}{sur.latin}"
        email = f"{local}@{domain or self.pick(_MAIL_HOSTS)}" if rng.random() < 0.92 else None
        phone = None
        if rng.random() < 0.85:
            area, number = 100 + int(rng.random() * 900), 1000000 + int(rng.random() * 9000000)
            phone = f"{culture.phone} {area} {number}"
        notes = None
        if rng.random() < 0.3:
            notes = self.pick(_CUSTOMER_NOTES).format_map(_Slots(self, person))
        role = self.pick(_ROLES) if company else None
        # A few customers have their own cadence, a tier pin, or are archived.
        cadence = rng.choice((10, 14, 30, 60)) if rng.random() < 0.05 else None
        pin = rng.choice(("A", "B")) if rng.random() < 0.02 else None
        archived = 1 if rng.random() < 0.02 else 0
        t["customer"].rows.append(
            (
                cid,
                stamp,
                stamp,
                name,
                company,
                role,
                email,
                phone,
                notes,
                plan.stage,
                cadence,
                pin,
                archived,
            )
        )
        tags = {self.pick(_TAGS) for _ in range(1 + int(rng.random() * 3))}
        t["customer_tag"].rows.extend((cid, tag) for tag in sorted(tags))
        self.contact_points(cid, stamp, given, sur, domain, culture, city)

        stage_days = self.stage_history(cid, plan)
        # Most relationships are tended; about a third have been neglected for a while.
        cad = cadence or self.cadences.get(plan.stage, 21)
        if rng.random() < 0.32:
            quiet = cad + 3 + int(rng.random() * (cad * 3 + 60))
        else:
            quiet = int(rng.random() * cad)
        last_active = max(added, today - dt.timedelta(days=quiet))

        buyer = plan.yearly_minor > 0
        first_purchase = stage_days.get("purchase") if buyer else None
        self.first_fact = None
        conversations = self.conversations(cid, plan, person, added, last_active, first_purchase)
        self.facts(cid, person, added, last_active, plan.stage)
        self.gifts(cid, person, plan.stage, added, last_active)
        accepted = self.invitations(cid, plan.stage, added, last_active)
        purchases = self.purchases(cid, plan, first_purchase) if first_purchase else []
        self.milestones(
            cid, plan.stage, person, self.first_fact, purchases, accepted, added, conversations
        )

    def company(self, culture: _Culture, sur: _Name, city: str) -> tuple[str | None, str | None]:
        if self.rng.random() < 0.08:
            return None, None  # a private customer
        pattern = self.pick(culture.companies)
        native, _, latin = pattern.partition("=")
        company = native.format(sur=sur.native, city=city)
        slug = latin.format(sur=sur.latin) if latin else _ascii(company)
        slug = slug.replace(" ", "-")[:24].strip("-") or sur.latin
        return company, f"{slug}.{culture.tld}"

    def contact_points(
        self,
        cid: int,
        stamp: str,
        given: _Name,
        sur: _Name,
        domain: str | None,
        culture: _Culture,
        city: str,
    ) -> None:
        rng, table = self.rng, self.t["contact_point"]
        for kind in vocab.CONTACT_KINDS:
            if rng.random() > {"email": 0.35, "phone": 0.45, "address": 0.5, "url": 0.3}[kind]:
                continue
            label = self.pick(_CONTACT_LABELS[kind])
            if kind == "email":
                value = f"{given.latin}.{sur.latin}@{self.pick(_MAIL_HOSTS)}"
                if label == "accounting" and domain:
                    value = f"invoices@{domain}"
            elif kind == "phone":
                value = f"{culture.phone} {int(rng.random() * 90000000) + 10000000}"
            elif kind == "address":
                street = _STREETS.get(culture.tld, "Market Street")
                value = f"{street} {1 + int(rng.random() * 120)}, {city}"
            else:
                if not domain:
                    continue
                value = f"https://www.{domain}/"
            table.rows.append((table.new_id(), stamp, stamp, cid, kind, label, value))

    def stage_history(self, cid: int, plan: _Plan) -> dict[str, dt.date]:
        """Stage changes from Prospecting to the current stage; returns when each was entered."""
        rng, table = self.rng, self.t["stage_change"]
        target = vocab.STAGES.index(plan.stage)
        path = ["prospecting"]
        for stage in vocab.STAGES[1 : target + 1]:
            # Some customers skip Consideration and buy straight away.
            if stage == "consideration" and target > 1 and rng.random() < 0.25:
                continue
            path.append(stage)
        if plan.stage == "connection" and rng.random() < 0.1:
            path[-1:] = ["connection", "loyalty", "connection"]  # loyalty lapsed
        # Stages are mostly reached early on; staying in the last one is the long part.
        span = (self.today - plan.added).days
        days = sorted(
            plan.added + dt.timedelta(days=int(span * self.rng.random() ** 1.6)) for _ in path[1:]
        )
        entered: dict[str, dt.date] = {}
        previous: str | None = None
        for stage, day in zip(path, [plan.added, *days], strict=True):
            stamp = self.stamp(day)
            table.rows.append((table.new_id(), stamp, stamp, cid, previous, stage, day.isoformat()))
            entered.setdefault(stage, day)
            previous = stage
        return entered

    def conversations(
        self,
        cid: int,
        plan: _Plan,
        person: _Person,
        added: dt.date,
        last_active: dt.date,
        first_purchase: dt.date | None,
    ) -> list[dt.date]:
        rng, t = self.rng, self.t
        months = max(0.5, (last_active - added).days / 30)
        count = max(1, int(months * _CONTACT_RATE[plan.stage] * (0.5 + rng.random())))
        count = min(count, 80)
        days = sorted(self.day_between(added, last_active) for _ in range(count - 1))
        days.append(last_active)  # the last touch is the last conversation
        why_left = 2
        conv_table = t["conversation"]
        for day in days:
            conv_id = conv_table.new_id()
            iso = day.isoformat()
            stamp = self.stamp(day)
            channel = vocab.CHANNELS[
                bisect.bisect_right(_CHANNEL_WEIGHTS, rng.random() * _CHANNEL_WEIGHTS[-1])
            ]
            slots = _Slots(self, person)
            summary = self.pick(_SUMMARIES).format_map(slots)
            notes = self.note(channel, slots) if rng.random() < 0.85 else None
            why = None
            if first_purchase and day >= first_purchase and why_left and rng.random() < 0.12:
                why = self.pick(_WHY_BUY).format_map(slots)
                why_left -= 1
            conv_table.rows.append((conv_id, stamp, stamp, cid, iso, channel, summary, notes, why))
            r = rng.random()
            if r < 0.45:
                for _ in range(1 + (r < 0.1)):
                    text = self.pick(_DELIGHTS).format_map(slots)
                    t["delight"].rows.append(
                        (t["delight"].new_id(), stamp, stamp, cid, conv_id, text)
                    )
            if rng.random() < 0.35:
                self.pain(cid, conv_id, day, stamp, slots)
            if rng.random() < 0.35:
                self.promise(cid, conv_id, day, stamp, slots)
            if rng.random() < 0.12:
                self.fact(cid, conv_id, day, person)
        return days

    def note(self, channel: str, slots: _Slots) -> str:
        rng = self.rng
        parts = [self.pick(_OPENERS[channel])]
        body = rng.sample(_BODY, 1 + int(rng.random() * 4))
        parts.extend(body)
        if rng.random() < 0.3:
            parts.append(self.pick(_PERSONAL))
        culture = slots.person.culture
        if culture.local and rng.random() < 0.4:
            parts.append(self.pick(culture.local))
        parts.append(self.pick(_NEXT))
        if rng.random() < 0.05:
            parts.append(self.pick(_EMOJI))
        return " ".join(parts).format_map(slots)

    def pain(self, cid: int, conv_id: int, day: dt.date, stamp: str, slots: _Slots) -> None:
        rng, table = self.rng, self.t["pain_point"]
        with_us = rng.random() < 0.55
        text = self.pick(_PAINS_US if with_us else _PAINS_COMP).format_map(slots)
        resolved = None
        updated = stamp
        # Pains with us are mostly answered; a competitor's pain is "resolved" less often
        # (they fixed it, or the customer moved to us). Recent ones are still open.
        if (self.today - day).days > 10 and rng.random() < (0.65 if with_us else 0.25):
            resolved = min(self.today, day + dt.timedelta(days=1 + int(rng.random() * 45)))
            updated = self.stamp(resolved)
        table.rows.append(
            (
                table.new_id(),
                stamp,
                updated,
                cid,
                conv_id,
                text,
                "us" if with_us else "competitor",
                resolved.isoformat() if resolved else None,
            )
        )

    def promise(
        self, cid: int, conv_id: int | None, day: dt.date, stamp: str, slots: _Slots
    ) -> None:
        rng, table, today = self.rng, self.t["promise"], self.today
        text = self.pick(_PROMISES).format_map(slots)
        due = None if rng.random() < 0.1 else day + dt.timedelta(days=2 + int(rng.random() * 28))
        done = None
        target = due or day + dt.timedelta(days=14)
        if target <= today:
            # Most promises that came due were kept, some late; a few are overdue, and those
            # are recent: a user who kept a journal for two years closed the old ones.
            still_open = 0.15 if (today - target).days <= 60 else 0.01
            if rng.random() >= still_open:
                done = min(today, max(day, target + dt.timedelta(days=int(rng.random() * 12) - 6)))
        elif rng.random() < 0.2:
            done = self.day_between(day, today)  # kept early
        updated = self.stamp(done) if done else stamp
        table.rows.append(
            (
                table.new_id(),
                stamp,
                updated,
                cid,
                conv_id,
                text,
                day.isoformat(),
                due.isoformat() if due else None,
                done.isoformat() if done else None,
            )
        )

    def fact(
        self,
        cid: int,
        conv_id: int | None,
        day: dt.date,
        person: _Person,
        category: str | None = None,
    ) -> None:
        rng, table = self.rng, self.t["fact"]
        slots = _Slots(self, person)
        month = mday = None
        if category is None:
            category = _FACT_CATEGORIES[
                bisect.bisect_right(_FACT_CUM, rng.random() * _FACT_CUM[-1])
            ]
        if category == "important-date":
            text = self.pick(_IMPORTANT_DATES).format_map(slots)
            month = 1 + int(rng.random() * 12)
            mday = 1 + int(rng.random() * (29 if month == 2 else 30))
        else:
            text = self.pick(_FACTS[category]).format_map(slots)
        stamp = self.stamp(day)
        table.rows.append(
            (
                table.new_id(),
                stamp,
                stamp,
                cid,
                conv_id,
                category,
                text,
                day.isoformat(),
                month,
                mday,
            )
        )
        if self.first_fact is None or day < self.first_fact:
            self.first_fact = day

    def facts(
        self, cid: int, person: _Person, added: dt.date, last_active: dt.date, stage: str
    ) -> None:
        """Facts learned outside a logged conversation, and important dates."""
        rng = self.rng
        depth = vocab.STAGES.index(stage)
        for _ in range(int(rng.random() * (1 + depth * 2))):
            self.fact(cid, None, self.day_between(added, last_active), person)
        # Customers further along have shared a birthday or an anniversary more often.
        if rng.random() < (0.6 if depth >= 2 else 0.1):
            for _ in range(1 + (rng.random() < 0.3)):
                day = self.day_between(added, last_active)
                self.fact(cid, None, day, person, "important-date")

    def gifts(
        self, cid: int, person: _Person, stage: str, added: dt.date, last_active: dt.date
    ) -> None:
        rng, table = self.rng, self.t["gift"]
        count = int(rng.random() * (1 + vocab.STAGES.index(stage) * 2.2))
        for _ in range(count):
            what, kind, low, high = _GIFTS[int(rng.random() * len(_GIFTS))]
            day = self.day_between(added, last_active)
            stamp = self.stamp(day)
            cost = low + int(rng.random() * (high - low)) if rng.random() < 0.9 else None
            table.rows.append(
                (
                    table.new_id(),
                    stamp,
                    stamp,
                    cid,
                    what.format_map(_Slots(self, person)),
                    kind,
                    day.isoformat(),
                    cost,
                    rng.choice(_OCCASIONS),
                    rng.choice(_REACTIONS),
                )
            )

    def invitations(
        self, cid: int, stage: str, added: dt.date, last_active: dt.date
    ) -> dt.date | None:
        """Invitations with their status history; returns the day one was first accepted."""
        rng, t, today = self.rng, self.t, self.today
        depth = vocab.STAGES.index(stage)
        count = int(rng.random() * depth * 1.3)
        first_accepted: dt.date | None = None
        changes = t["invitation_status_change"]
        for _ in range(count):
            inv_id = t["invitation"].new_id()
            sent = self.day_between(added, last_active)
            event_on = sent + dt.timedelta(days=10 + int(rng.random() * 50))
            event = f"{self.pick(_EVENTS)} {event_on.year}"
            history = [("invited", sent)]
            reply_day = min(today, event_on, sent + dt.timedelta(days=1 + int(rng.random() * 9)))
            r = rng.random()
            if r < 0.6:
                history.append(("accepted", reply_day))
                if event_on <= today:
                    # Most who accept come; the event day records whether they did.
                    history.append(("attended" if rng.random() < 0.85 else "no-show", event_on))
            elif r < 0.85:
                history.append(("declined", reply_day))
            # Otherwise no answer yet: the invitation stays "invited".
            for status, day in history:
                stamp = self.stamp(day)
                changes.rows.append(
                    (changes.new_id(), stamp, stamp, inv_id, status, day.isoformat())
                )
                if status == "accepted" and (first_accepted is None or day < first_accepted):
                    first_accepted = day
            status, last = history[-1]
            t["invitation"].rows.append(
                (
                    inv_id,
                    self.stamp(sent),
                    self.stamp(last),
                    cid,
                    event,
                    event_on.isoformat(),
                    sent.isoformat(),
                    0 if rng.random() < 0.05 else 1,
                    status,
                )
            )
        return first_accepted

    def purchases(self, cid: int, plan: _Plan, first: dt.date) -> list[dt.date]:
        rng, table, today = self.rng, self.t["purchase"], self.today
        days: list[dt.date] = []
        span = (today - first).days
        if plan.rhythm:
            step = plan.rhythm
            if plan.stopped and span < 6 * step:
                step = max(14, span // 6)  # a quicker rhythm, so the stop can show
            end = today
            if plan.stopped and span >= 6 * step:
                # Bought like clockwork (three purchases at least), then stopped 3 to 8 rhythms
                # ago: what the "buying stopped" reminder looks for.
                back = 3 + int(rng.random() * min(6, span // step - 5))
                end = today - dt.timedelta(days=step * back)
            day = first
            while day <= end:
                days.append(day)
                jitter = int(step * 0.15)
                day += dt.timedelta(days=step + int(rng.random() * (2 * jitter + 1)) - jitter)
            per = plan.yearly_minor * step / 365
        else:
            count = 1 + int(rng.random() * max(1, span // 30))
            days = sorted({first, *(self.day_between(first, today) for _ in range(count - 1))})
            per = plan.yearly_minor * max(span, 90) / 365 / len(days)
        usual = self.pick(_BEANS)  # most of what a customer buys is their usual coffee or tea
        for day in days:
            amount = max(500, int(per * (0.7 + 0.6 * rng.random())))
            stamp = self.stamp(day)
            if rng.random() < 0.75:
                what = f"{5 * (1 + int(rng.random() * 30))} kg {usual}"
            else:
                what = self.pick(_OTHER_GOODS)
            table.rows.append(
                (table.new_id(), stamp, stamp, cid, day.isoformat(), amount, self.currency, what)
            )
        return days

    def milestones(
        self,
        cid: int,
        stage: str,
        person: _Person,
        first_fact: dt.date | None,
        purchases: list[dt.date],
        accepted: dt.date | None,
        added: dt.date,
        conversations: list[dt.date],
    ) -> None:
        rng, table = self.rng, self.t["milestone"]
        found: list[tuple[str, dt.date, bool, str | None]] = []
        slots = _Slots(self, person)
        if first_fact:
            found.append(("first-disclosure", first_fact, False, None))
        if purchases:
            found.append(("first-purchase", purchases[0], False, None))
        if accepted:
            found.append(("accepted-invitation", accepted, False, None))
        late = conversations[len(conversations) // 2 :] or [added]
        chances = {"referral": (0.5, 0.15), "testimonial": (0.4, 0.1), "advocate": (0.25, 0.0)}
        for kind, (loyal, connected) in chances.items():
            p = loyal if stage == "loyalty" else connected if stage == "connection" else 0.0
            if rng.random() < p:
                found.append((kind, self.pick(late), False, None))
        if stage in ("connection", "loyalty") and rng.random() < 0.12:
            kind, note = _CUSTOM_MILESTONES[int(rng.random() * len(_CUSTOM_MILESTONES))]
            found.append((kind, self.pick(late), True, note))
        for kind, day, custom, note in found:
            if not custom:
                note = _MILESTONE_NOTES[kind].format_map(slots) if rng.random() < 0.7 else None
            stamp = self.stamp(day)
            table.rows.append(
                (table.new_id(), stamp, stamp, cid, kind, int(custom), day.isoformat(), note)
            )


def fill(
    journal: Journal,
    *,
    customers: int = 200,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
) -> DemoSummary:
    """Add *customers* demo customers with about fifty entries each, in one transaction.

    Adds to what the journal holds. The same *seed* and *today* give the same rows (ids follow
    what is already there). Dates lie in the two years up to *today*; only promise due dates and
    event dates may lie ahead. *progress(done, total)* is called every BATCH customers, and with
    (total, total) once the search index is rebuilt; if it returns True the transaction is
    rolled back and DemoCancelled is raised.
    """
    if customers < 0:
        raise ValueError("customers must not be negative")
    today = today or dt.date.today()
    with journal.write() as session:
        conn = session.connection()
        currency = settings.currency(session)
        cadences = settings.cadences(session)
        max_ids = _max_ids(conn)
        tables = {name: _Table(name, max_ids.get(name, 0) + 1) for name in _ORDER}
        gen = _Generator(random.Random(seed), today, currency, cadences, tables)
        plans = gen.plan(customers)

        # Writing the rows is one half of the work, indexing them for search the other (it
        # takes longer, but is reported per customer too), so progress counts 2 steps each.
        def report(done: int) -> None:
            if progress is not None and progress(done, 2 * customers):
                raise DemoCancelled("Demo data cancelled: the journal was left as it was.")

        # Bulk inserts with the derived columns' triggers off; then worked out once for the
        # new customers (their ids follow the journal's largest).
        first_new = max_ids.get("customer", 0) + 1
        with derived.suspended(conn, set(range(first_new, first_new + customers))):
            for start in range(0, customers, BATCH):
                batch = plans[start : start + BATCH]
                for plan in batch:
                    gen.customer(plan)
                for name in _ORDER:
                    tables[name].flush(conn)
                if start + len(batch) < customers:
                    report(start + len(batch))
        if customers:
            # The last report waits for the index, so that "all done" means searchable too;
            # cancelling here still rolls everything back. The index covers the customers
            # already in the journal as well: its share is scaled to the new ones.
            search.rebuild(
                conn, progress=lambda done, total: report(customers + done * customers // total)
            )
    rows = {name: table.written for name, table in tables.items()}
    entries = sum(n for name, n in rows.items() if name not in _NOT_ENTRIES)
    return DemoSummary(customers=rows["customer"], entries=entries, rows=rows)
