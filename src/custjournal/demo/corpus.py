"""The demo's words: names from many cultures and scripts, places, goods, and the sentences a
note, a delight, a pain point or a promise is made of (`demo.generator` fills their {slots}).

Plain data and the two small helpers that read name specs; nothing here touches a journal.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass

# --- people: names from many cultures and scripts ----------------------------------------------

TRANSLIT = str.maketrans(
    {"ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i", "þ": "th", "'": ""}
)


def to_ascii(text: str) -> str:
    """Lower-case ASCII letters only, for e-mail addresses and web domains."""
    decomposed = unicodedata.normalize("NFD", text.casefold().translate(TRANSLIT))
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


@dataclass(frozen=True)
class Name:
    native: str
    female: str  # the female form where a language has one (Dvořák / Dvořáková)
    latin: str  # for e-mail addresses

    @classmethod
    def parse(cls, spec: str) -> Name:
        # "Dvořák/Dvořáková", "Анна=anna", "Иванов/Иванова=ivanov", or a plain Latin name.
        spec, _, latin = spec.partition("=")
        native, _, female = spec.partition("/")
        return cls(native, female or native, latin or to_ascii(native))


def is_latin(text: str) -> bool:
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in text if ch.isalpha())


def full_name(culture: Culture, given: str, surname: str) -> str:
    if culture.order == "western":
        return f"{given} {surname}"
    if culture.order == "eastern":
        return f"{surname} {given}"
    return f"{surname}{given}"


def name_list(specs: str) -> tuple[Name, ...]:
    return tuple(Name.parse(s.strip()) for s in specs.split(",") if s.strip())


@dataclass(frozen=True)
class Culture:
    weight: int
    women: tuple[Name, ...]
    men: tuple[Name, ...]
    surnames: tuple[Name, ...]
    phone: str  # country calling code
    tld: str
    cities: tuple[str, ...]
    companies: tuple[str, ...]  # patterns with {sur} and {city}; "native=latin" where not Latin
    order: str = "western"  # western | eastern (family name first) | joined (first, no space)
    local: tuple[str, ...] = ()  # sentences a note may carry in the customer's own language


def culture_spec(
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
) -> Culture:
    return Culture(
        weight,
        name_list(women),
        name_list(men),
        name_list(surnames),
        phone,
        tld,
        tuple(c.strip() for c in cities.split(",")),
        tuple(c.strip() for c in companies.split(";")),
        order,
        tuple(s.strip() for s in local.split("|") if s.strip()),
    )


CULTURES: tuple[Culture, ...] = (
    culture_spec(
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
    culture_spec(
        4,
        "Siobhán, Aoife, Niamh, Róisín, Saoirse",
        "Seán, Pádraig, Ciarán, Eoin, Darragh",
        "O'Brien, O'Sullivan, Ó Ceallaigh/Ní Cheallaigh, McCarthy, Murphy, Kavanagh",
        "+353",
        "ie",
        "Dublin, Cork, Galway, Limerick",
        "{sur}'s Bakery; Atlantic Hotels; {city} Roasting House; Clover Café",
    ),
    culture_spec(
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
    culture_spec(
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
    culture_spec(
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
    culture_spec(
        5,
        "Beatriz, Inês, Leonor, Luíza, Mariana, Conceição",
        "João, Gonçalo, Sérgio, Antônio, Vinícius",
        "Gonçalves, Magalhães, Araújo, Simões, Brandão, Assunção",
        "+351",
        "pt",
        "Lisboa, Porto, Coimbra, São Paulo, Belo Horizonte",
        "Pastelaria {sur}; {sur} & Filhos Lda.; Café Central de {city}",
    ),
    culture_spec(
        7,
        "Giulia, Francesca, Chiara, Alessandra, Benedetta",
        "Niccolò, Lorenzo, Matteo, Giuseppe, Andrea, Gianluca",
        "Rossi, Esposito, Bianchi, Colombo, Ricci, De Luca, Conti, Galli, D'Angelo",
        "+39",
        "it",
        "Milano, Torino, Bologna, Firenze, Napoli, Verona",
        "{sur} S.r.l.; Torrefazione {sur}; Pasticceria {city}; Albergo Bellavista",
    ),
    culture_spec(
        4,
        "Małgorzata, Agnieszka, Katarzyna, Zofia, Łucja",
        "Łukasz, Paweł, Wojciech, Grzegorz, Michał",
        "Nowak, Wójcik, Kowalczyk, Mazur, Zając, Wiśniewski/Wiśniewska, Dąbrowski/Dąbrowska",
        "+48",
        "pl",
        "Kraków, Wrocław, Gdańsk, Poznań, Łódź",
        "Kawiarnia {sur}; {sur} sp. z o.o.; Hotel Pod Różą",
    ),
    culture_spec(
        3,
        "Tereza, Kateřina, Lucie, Markéta",
        "Jiří, Tomáš, Ondřej, Vojtěch",
        "Dvořák/Dvořáková, Novotný/Novotná, Černý/Černá, Procházka/Procházková",
        "+420",
        "cz",
        "Praha, Brno, Olomouc",
        "Kavárna {sur}; {sur} s.r.o.; Pražírna u Mostu",
    ),
    culture_spec(
        4,
        "Åsa, Ingrid, Sigrún, Maja, Freja",
        "Søren, Bjørn, Håkan, Mikael, Øystein",
        "Ødegård, Nyström, Lindqvist, Sørensen, Åberg, Johansson, Halvorsen",
        "+46",
        "se",
        "Göteborg, Malmö, Århus, Bergen, Tromsø",
        "{sur} Kafferosteri AB; Fika & Co; Hotell Nordstjärnan",
    ),
    culture_spec(
        3,
        "Ayşe, Gül, Şule, Elif, Özlem",
        "Çağan, Mehmet, İbrahim, Oğuz, Barış",
        "Yılmaz, Şahin, Öztürk, Çelik, Aydın, Doğan, Kılıç",
        "+90",
        "com.tr",
        "İstanbul, İzmir, Ankara, Bursa",
        "{sur} Kahve Evi; {sur} Gıda A.Ş.; Boğaz Otel",
    ),
    culture_spec(
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
    culture_spec(
        4,
        "Anouk, Fenna, Sanne, Maud",
        "Daan, Joost, Thijs, Sjoerd",
        "van der Berg, de Vries, Bakker, van Dijk, Visser, Jansen",
        "+31",
        "nl",
        "Utrecht, Rotterdam, Den Haag, Gent, Antwerpen",
        "Koffiebranderij {sur}; {sur} B.V.; Lunchroom De Gouden Lepel",
    ),
    culture_spec(
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
    culture_spec(
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
    culture_spec(
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
    culture_spec(
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
    culture_spec(
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
    culture_spec(
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
CULTURE_WEIGHTS = list(itertools.accumulate(c.weight for c in CULTURES))

MAIL_HOSTS = ("gmail.com", "outlook.com", "web.de", "yahoo.com", "proton.me", "gmx.net")
ROLES = (
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
TAGS = (
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
CUSTOMER_NOTES = (
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
BEANS = (
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
OTHER_GOODS = (
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
PRODUCTS = (
    *BEANS,
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
COMPETITORS = (
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
SEASONS = ("spring", "summer", "autumn", "the Christmas season", "Easter", "the winter menu")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
RELATIVES = ("daughter", "son", "wife", "husband", "mother", "father", "brother", "sister")
KIDS = (
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
INTERESTS = (
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
PLACES = (
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
EMOJI = ("🙂", "👍", "🎉", "☕", "🙏", "😊")

OPENERS: dict[str, tuple[str, ...]] = {
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
BODY = (
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
PERSONAL = (
    "{first} told me about {pos} {relative}'s graduation in {city2}.",
    "We talked about {interest} for a while; {first} is really into it.",
    "{first} just came back from a holiday in {place}.",
    "{pos_cap} {relative} has been ill; asked to keep it short.",
    "{first} is training for a half marathon in {month}.",
    "They are expecting a baby in {month}.",
    "{first} showed me photos from {place}.",
)
NEXT = (
    "Next step: send samples of {bean2} by {weekday}.",
    "I'll call again in two weeks.",
    "Agreed to meet at the {event}.",
    "Will prepare a quote for {n} kg per month.",
    "Follow up after their team meeting on {weekday}.",
    "Promised to check delivery slots for Saturdays.",
    "Nothing to do right now; check in next month.",
)
SUMMARIES = (
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
# Reasons for buying and delights come in themes, each said in several ways, some themes far
# more often than others (`THEME_WEIGHTS`), as a real book of accounts says them: the Insights
# page groups the ways back into their themes.
WHY_BUY_THEMES: tuple[tuple[str, ...], ...] = (
    (
        "Fast delivery.",
        "You deliver quickly, even in December.",
        "Delivered next day, every time.",
        "Delivery within 48 hours.",
        "Your deliveries always arrive on time.",
        "Quick delivery when we run low.",
    ),
    (
        "You actually pick up the phone.",
        "Someone always answers the phone.",
        "I can reach you by phone any time.",
        "Real people on the phone, not a machine.",
    ),
    (
        "Your {bean} is the only one our regulars ask for by name.",
        "Our regulars love your {bean}.",
        "The {bean} sells itself to our regulars.",
    ),
    (
        "Fair price and no surprises on the invoice.",
        "Fair prices.",
        "Your pricing is honest.",
        "The price is right for the quality.",
    ),
    (
        "Your training got my staff excited about coffee again.",
        "The barista training for my staff.",
        "You trained our staff properly.",
    ),
    (
        "Small orders are fine with you; others want a full pallet.",
        "You accept small orders.",
        "No minimum order.",
        "We can order small quantities.",
    ),
    (
        "We trust you with the machines; the service is quick.",
        "Quick machine service.",
        "You fix our machines the same day.",
    ),
    (
        "You remembered my {relative}'s name; nobody else does.",
        "You remember the little things about us.",
        "You always remember our names.",
    ),
    (
        "The tasting at your roastery convinced my partner.",
        "The tasting visit at your roastery.",
        "Your roastery tastings won us over.",
    ),
)
WHY_BUY = tuple(text for theme in WHY_BUY_THEMES for text in theme)
DELIGHT_THEMES: tuple[tuple[str, ...], ...] = (
    (
        "Fast delivery before the weekend rush.",
        "Delivered before the weekend rush.",
        "Loved that the delivery came a day early.",
        "The delivery was quick again.",
    ),
    (
        "Appreciated the handwritten note in the last box.",
        "Loved the handwritten note.",
        "The little handwritten note made their day.",
    ),
    (
        "Guests keep asking about the {product}.",
        "The {bean} was a hit with their guests.",
        "Their guests loved the {bean}.",
    ),
    (
        "Our driver is always friendly and on time.",
        "The driver was friendly, as always.",
        "Nice driver, always punctual.",
    ),
    (
        "Happy that we fixed the grinder the same day.",
        "The grinder repair was fast.",
        "We fixed their grinder within hours.",
    ),
    (
        "Praised the new compostable packaging.",
        "Likes the compostable packaging.",
        "Our new packaging impressed them.",
    ),
    (
        "The barista training made a real difference.",
        "Their baristas loved the training.",
    ),
    (
        "Liked being invited to our summer party.",
        "Enjoyed being invited to the tasting evening.",
        "Felt honoured to be invited.",
    ),
    (
        "Enjoyed the visit to our roastery 🎉",
        "The roastery tour was a highlight.",
        "Loved visiting the roastery.",
    ),
)
DELIGHTS = tuple(text for theme in DELIGHT_THEMES for text in theme)
# How often each theme comes up, the first the most: a long tail, as themes have.
THEME_WEIGHTS = tuple(itertools.accumulate(1 / (1 + i) for i in range(12)))
PAINS_US = (
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
PAINS_COMP = (
    "{comp} keeps missing delivery windows.",
    "{comp}'s sales rep changes every few months.",
    "{comp} raised prices by {pct}% without notice.",
    "Quality of the {bean} from {comp} is inconsistent.",
    "{comp} never answers e-mails.",
    "{comp} charges extra for small orders.",
    "{comp}'s machines break down and nobody comes.",
)
PROMISES = (
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
FACTS: dict[str, tuple[str, ...]] = {
    "family": (
        "Has two kids, {kid} and {kid2}.",
        "{pos_cap} eldest, {kid}, studies in {city2}.",
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
IMPORTANT_DATES = (
    "Birthday",
    "Wedding anniversary",
    "Shop opening anniversary",
    "{kid}'s birthday",
    "{kid2}'s birthday",
    "Company founded on this day",
    "Name day",
)
FACT_CATEGORIES = ("family", "interests", "preferences", "goals", "dislikes")
FACT_CUM = list(itertools.accumulate((3, 3, 3, 2, 2)))
GIFTS = (
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
OCCASIONS = (
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
REACTIONS = (
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
EVENTS = (
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
MILESTONE_NOTES = {
    "first-disclosure": "Told me about {pos} {relative}.",
    "first-purchase": "First order: {product}.",
    "accepted-invitation": "Accepted the invitation to the {event}.",
    "referral": "Referred {other}, who runs a café in {city2}.",
    "testimonial": "Gave a quote for our website.",
    "advocate": "Recommends us at every trade fair.",
}
CUSTOM_MILESTONES = (
    ("Invited us to their home", "Dinner with the family."),
    ("Shared their five-year plan", None),
    ("Introduced us to their CFO", "Opens the door to the other branches."),
)
CONTACT_LABELS = {
    "email": ("private", "accounting"),
    "phone": ("mobile", "office"),
    "address": ("shop", "warehouse"),
    "url": ("website", "shop"),
}
# One street per country is enough to make an address look local.
STREETS = {
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
