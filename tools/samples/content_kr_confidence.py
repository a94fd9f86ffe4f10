"""Hand transcription of seed 003 (/work/shared/seeds/003_21af7783d415da0e.txt):
the result areas' key results under the county goal "Asiakas saa helposti yhteyden
sekä ratkaisun ensikontaktissa", each with its confidence score (Luottavaisuusarvio).

Every cell keeps the line breaks the seed shows (a tuple of printed lines), so the
PDF rendering can reproduce them. `score` is the cell as printed (decimal comma),
or None where the seed prints no score (the two Pelastustoimi rows).

Typed by hand from the seed; nothing here was produced by the extractor.
"""

from __future__ import annotations

SEED_FILE = "003_21af7783d415da0e.txt"

TITLE = "Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"
COUNTY_GOAL_KEY = "G-ensikontakti"

HEADER = ("Toimiala", "Tulosalue", "Tavoite", "Avaintulos", "Luottavaisuusarvio")
# The last header cell wraps differently on the seed's pages.
HEADER_SCORE_LINES = {
    1: ("Luottavaisuus", "arvio"),
    2: ("Luottavaisuus-", "arvio"),
    3: ("Luottavaisuus", "arvio"),
}

# Seed page on which each row is printed (rows 1-10, 11-20, 21-28).
SEED_PAGE_OF_ROW = [1] * 10 + [2] * 10 + [3] * 8

_IKA = ("Ikäihmisten palvelut",)
_KTP = ("Konserni- ja tukipalvelut",)
_PEL = ("Pelastustoimi",)
_PSV = ("Perhe-, sosiaali- ja", "vammaispalvelut")
_STR = ("Strategia- ja integraatio",)
_TER = ("Terveydenhuolto",)

_G_COUNTY = ("Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa",)
_G_VIESTINTA = (
    "Oma Hämeen digipalveluita markkinoidaan asiakaslähtöisesti ja niiden",
    "käyttöaste paranee",
)
_G_TIETOH_1 = (
    "Luomme yhdenmukaiset ja automaatiota tukevat kirjausmallit",
    "asiakasyhteydenottojen ja ja Konserni- ja tukipalveluihin ohjaamisen",
    "tarpeisiin",
)
_G_TIETOH_2 = (
    "Asiakkaan (HVA ICT-ympäristön käyttäjät) kokeman jatkuvan palvelun",
    "laadun parantaminen ja kehittäminen.",
)
_G_PELASTUS = ("Pelastustoimen asiakaspalvelujen parantaminen.",)
_G_ASIAKKUUDET = (
    "Varmistamme ja tuemme asiakaslähtöisen palvelutuotannon ja -",
    "ohjauksen toteutumisen organisaatiossa yhteistyössä muiden toimijoiden",
    "kanssa",
)
_G_KUNTOUTUS = (
    "Tuki- ja liikuntaelinoireinen asiakas saa helposti yhteyden sekä ratkaisun",
    "ensikontaktissa",
)
_G_ESH = (
    "Potilas saa helposti yhteyden ammattilaiseen sekä",
    "suunnitelman ensikontaktissa",
)

# (division lines, result area lines, goal lines, key result lines, score or None)
ROWS: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str | None]] = [
    # ---- seed page 1
    (_IKA, ("Asiakasohjaus",), _G_COUNTY,
     ("Ensikontaktin saa luvatussa ajassa eli viimeistään seuraavana arkipäivänä,",
      "100 %"), "100"),
    (_IKA, ("Asiakasohjaus",), _G_COUNTY,
     ("80 % ensikontaktiasiakkaista saa ratkaisun yhdellä kontaktilla",), "98"),
    (_IKA, ("Asiakasohjaus",), _G_COUNTY,
     ("Ensilinjan kontaktin jälkeen asiakkaista 90 % tietää, miten palvelu jatkuu",), "76"),
    (_KTP, ("Viestintä",), _G_VIESTINTA,
     ("Omahame.fi-verkkosivuston löydettävyys, saavutettavuus ja käytettävyys",
      "paranevat vähintään 10%, mikä johtaa käyntimäärien ja digiasioinnin",
      "kasvuun"), "95"),
    (_KTP, ("Viestintä",), _G_VIESTINTA,
     ("Oma Häme –sovelluksen käyttäjämäärä kasvaa 65% verrattuna vuoden",
      "2024 tavoitetasoon: lataukset, kirjautumiset ja puolesta asioinnit 70.000 kpl",
      "2025, (sisäinen chat-tavoite 4000/kk, Q4 6000/kk)"), "100"),
    (_KTP, ("Viestintä",), _G_VIESTINTA,
     ("Asiointi digipalveluissa kasvaa verkkosivustolla 20%, hyte-tarjottimen",
      "käyntimäärä kasvaa 40%"), "75"),
    (_KTP, ("Tietohallinto",), _G_TIETOH_1,
     ("Asiakas- ja potilastietojärjestelmän kirjausmallit tukevat palveluiden",
      "jatkuvuuden ja ensikontaktin hallinnan seuraamista. ATPJ-järjestelmissä on",
      "toimintaa tukevat kirjaamis- ja tilastointiominaisuudet 6/2025 mennessä."), "70"),
    (_KTP, ("Tietohallinto",), _G_TIETOH_1,
     ("Tietohallinnon asiantuntijat ovat mukana kehittämisfoorumeissa ja",
      "koulutustoiminnassa."), "75"),
    (_KTP, ("Tietohallinto",), _G_TIETOH_2,
     ("Tietohallinnon sisäisten asiakkaiden IT Service Deskiin avattujen",
      "häiriötikettien määrä vähenee 25% vuositasolla, luomalla vakioitu ja",
      "stabiilimpi ICT-kokonaisuus hyvinvointialueelle."), "50"),
    (_KTP, ("Tukipalvelut",), _G_COUNTY,
     ("Kaikille asiakkaille on nimetty yhteyshenkilöt vuoden 2025 aikana",), "100"),
    # ---- seed page 2
    (_KTP, ("Tukipalvelut",), _G_COUNTY,
     ("Eri toiminnoille on laadittu selkeät vastuualueet vuoden 2025 aikana",), "100"),
    (_PEL, ("Pelastustoimi",), _G_PELASTUS,
     ("Kaikki asiakaslähtöisten palvelujen asiakkaat saavat asiansa vireille yhdellä",
      "kontaktilla ja antavat asiakastyytyväisyyskysely arvosanan 4-5."), None),
    (_PEL, ("Pelastustoimi",), _G_PELASTUS,
     ("Jos asian hoitamiseen tulee viivettä enemmän kuin 3 virkapäivää,",
      "asiakkaat saavat siitä tiedon ja antavat asiakastyytyväisyyskyselyssä siitä",
      "arvosanan 4-5."), None),
    (_PSV, ("Sosiaalipalvelut",), _G_COUNTY,
     ("Monikielisen palveluneuvonnan asiakkaat saavat tiedon miten palvelu",
      "jatkuu, tavoite 100%"), "100"),
    (_PSV, ("Perhekeskuspalvelut",), _G_COUNTY,
     ("80 % lapsiperheiden soteintegroidun palveluohjauksen ja neuvonnan",
      "asiakkaista kokee saaneensa apua kun sitä tarvitsi"), "94,4"),
    (_STR, ("Kehitys- ja tietotoiminnot",), _G_COUNTY,
     ("Hyvinvointialueen keskitetyt puhelinpalvelut on otettu käyttöön",
      "asiakasohjausta toteuttavissa yksiköissä. puhelimella tapahtuvan",
      "ensikontaktin saa vähintään lakisääteisissä määräajoissa."), "44,7"),
    (_STR, ("Kehitys- ja tietotoiminnot",), _G_COUNTY,
     ("Ensikontaktin ratkaisua seurataan hyvinvointialueen tietoportaalissa, 80%",
      "ensikontakteista ratkaistaan ensikontaktilla."), "89,4"),
    (_STR, ("Kehitys- ja tietotoiminnot",), _G_COUNTY,
     ("Asiakkaan tietämystä oman hoitonsa ja palveluiden jatkuvuudesta voidaan",
      "seurata tietoportaalissa tulosalueiden toimesta osana muuta raportointia",
      "Q2/2025 lähtien."), "81,5"),
    (_STR, ("Asiakkuuksien johtaminen",), _G_ASIAKKUUDET,
     ("Asiakkaiden ohjaus ensilinjasta hytepalveluihin kasvaa vuoden aikana.",), "37"),
    (_STR, ("Asiakkuuksien johtaminen",), _G_ASIAKKUUDET,
     ("Kaikki ensilinjassa toimivat työntekijät ovat käyneet ensilinja koulutuksen",
      "(100 %) ja ensilinjan ammattilaisten itsearvioinnin perusteella osaamisen",
      "taso kasvanut lähtötilanteesta. (lähtötasomittaus 2024 loppuvuonna)"), "0"),
    # ---- seed page 3
    (_TER, ("PTH Avopalvelut",), _G_COUNTY,
     ("Ensikontaktin saa luvatussa ajassa, terveysasemilla puheluihin vastataan",
      "saman päivän aikana, chat 10 min palvelulupaus"), "80"),
    (_TER, ("PTH Avopalvelut",), _G_COUNTY,
     ("80 % ensikontaktiasiakkaista saa ratkaisun yhdellä kontaktilla ensilinjassa",), "50"),
    (_TER, ("PTH Avopalvelut",), _G_COUNTY,
     ("90 % asiakkaista tietää, miten hoito ja palvelu jatkuu",), "82"),
    (_TER, ("Kuntoutus",), _G_KUNTOUTUS,
     ("100% ensikontaktiasiakkaista saa arkipäivinä klo 8-15 chatissa ja",
      "puhelimessa yhteyden kuntoutukseen. Puhelimen ruuhkautuessa soitetaan",
      "takaisin saman päivän aikana"), "97"),
    (_TER, ("Kuntoutus",), _G_KUNTOUTUS,
     ("80 % ensikontaktiasiakkaista saa ratkaisun yhdellä kontaktilla",), "92,6"),
    (_TER, ("Kuntoutus",), _G_KUNTOUTUS,
     ("90 % asiakkaista tietää, miten hoito ja palvelu jatkuu",), "91,7"),
    (_TER, ("Erikoisairaanhoidon", "sairaalapalvelut"), _G_ESH,
     ("90% potilaista löytää tiedon helposti mihin ja miten ottaa yhteyttä Kanta-",
      "Hämeen omaan erikoissairaanhoidon sairaalaan"), "82,14"),
    (_TER, ("Erikoisairaanhoidon", "sairaalapalvelut"), _G_ESH,
     ("90 % potilaista tietää, miten hänen hoito jatkuu ensikontaktin jälkeen Kanta-",
      "Hämeen omassa palvelussa"), "78,9"),
]

# Confidence scores as numbers, typed by hand row by row (None: no score printed).
SCORES: list[float | None] = [
    100.0, 98.0, 76.0, 95.0, 100.0, 75.0, 70.0, 75.0, 50.0, 100.0,
    100.0, None, None, 100.0, 94.4, 44.7, 89.4, 81.5, 37.0, 0.0,
    80.0, 50.0, 82.0, 97.0, 92.6, 91.7, 82.14, 78.9,
]


def join_lines(lines: tuple[str, ...] | list[str]) -> str:
    """Join printed lines per GOLD_FORMAT: one space, or none after a trailing hyphen."""
    out = ""
    for line in lines:
        line = " ".join(line.split())
        if not out:
            out = line
        elif out.endswith("-"):
            out += line
        else:
            out += " " + line
    return out
