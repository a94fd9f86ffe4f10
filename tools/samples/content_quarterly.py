"""Hand-transcribed content of the quarterly OKR follow-up decks (report_kind "quarterly_review").

Sources (../shared/seeds):
- 002_c5605c3de84f6bc0.txt: the 2025 deck at the start of the year (five goal slides, baselines only,
  quarter cells "xx"/"YYY").  -> START_2025
- 000_0f696a447f8fe67a.txt: the Q2 2025 deck (OCR text; ä/ö restored here by hand), two goals.
  -> Q2_2025
- 001_1b8f1fb445407bd0.txt: the year-end report; its quarter series of G-ammattilaiset
  (Lähtötilanne 140,6 · Q1 139,4 · Q2 139,2 · Q3 142,3 · Q4 144,5 and - · 21 % · 50 % · 69 % · 90 %)
  fixes the Q1/Q2 values of that goal.
- The 2026 deck (Q2_2026) is written by hand from the 2025 content (see REWORDED_2026 / DROPPED_2026).

Everything the gold files say comes from the data below; the documents are rendered from the
same data.  Cells are written as printed: `lines` are the printed lines of the cell; a cell's
value_text is its lines joined with one space.

Decisions (also in the helper's report):
- A cell printing two numbers on two lines ("78,5%" / "56,3%": the two parts of the key result)
  is ONE kr_values entry with value null (the cell is not a single number), value_text
  "78,5% 56,3%", unit "%".
- "TP 2024" / "TP 2025" (the year-end figure is the baseline) -> value null, value_text as printed.
- "52k" -> 52000; "0/4" -> value 0, unit null; "2,57" (millions of service events) -> 2.57, unit null.
- KPI names are the printed label with wraps joined by the gold rule: "Segmentin / Asiakas- / määrä"
  -> "Segmentin Asiakas-määrä", "Lähtö- / vaihtuvuus" -> "Lähtö-vaihtuvuus",
  "Terveysperusteiset / poissaolot/ / HTV2" -> "Terveysperusteiset poissaolot/ HTV2".
- Q2 2025 KPI tables: the start-of-year deck has Palveluajat and Palvelutapahtumien määrä baselines
  "-", so the 89,4 % and 2,57 that the Q2 OCR shows are their Q2 values (the year-end report's
  rows "89,4 % 94,4 %" and "2,57 2,74" read the same way: Q2, Q4).  NPS keeps its baseline 85,5
  and its Q2 cell is empty (the OCR shows no second NPS number on either slide; the year-end report
  likewise has only the baseline 85,5 and Q4 83,4).
"""

from __future__ import annotations

GREEN, YELLOW, RED = "on_track", "at_risk", "off_track"

LEGEND = [
    (GREEN, ["Työ edistyy", "suunnitellusti"]),
    (YELLOW, ["Työn toteutuksessa", "haasteita, joita ratkaistaan"]),
    (RED, ["Työ ei etene, tarvitaan", "tukea"]),
]


def V(lines, value, unit=None, status=None):
    """A cell holding a real value (kr_values / kpi_values entry)."""
    if isinstance(lines, str):
        lines = [lines]
    return {"lines": list(lines), "value": value, "unit": unit, "status": status, "placeholder": False}


def P(*lines):
    """A placeholder cell ("-", "xx"/"YYY", empty): no gold entry."""
    return {"lines": list(lines), "value": None, "unit": None, "status": None, "placeholder": True}


XX = P("xx", "YYY")
DASH = P("-")
EMPTY = P()

KR_PERIODS = ["baseline", "Q1", "Q2", "Q3", "Q4"]
KPI_PERIODS = ["baseline", "Q2", "Q4"]
HEADER_KR = ["Lähtötilanne", "Q1", "Q2", "Q3", "Q4"]
HEADER_KR_SWAPPED = ["Lähtötilanne", "Q1", "Q2", "Q4", "Q3"]  # seed 002 slides 4-5: "Q4Q3"
HEADER_KPI = ["Lähtötilanne", "Q2", "Q4"]


def kr(key, lines, baseline, q1=XX, q2=XX, q3=XX, q4=XX):
    return {"key": key, "lines": lines,
            "cells": {"baseline": baseline, "Q1": q1, "Q2": q2, "Q3": q3, "Q4": q4}}


def kpi(name_lines, baseline, q2=XX, q4=XX, name_as_textbox=False):
    return {"name_lines": name_lines, "name_as_textbox": name_as_textbox,
            "cells": {"baseline": baseline, "Q2": q2, "Q4": q4}}


# ---------------------------------------------------------------------------------------------
# Texts shared by the 2025 decks
# ---------------------------------------------------------------------------------------------

TIIV_ENSIKONTAKTI = [
    "Tavoitteena on parantaa asiakkaan kohtaamista ja ohjausta niin, että asiakas pääsee oikeaan "
    "palveluun mahdollisimman sujuvasti ja nopeasti, ja ongelmat pyritään ratkaisemaan yhdellä "
    "yhteydenotolla.",
    "Tämän toteuttamiseksi siirrytään palvelukulttuuriin, jossa palveluohjausta tehdään aktiivisesti "
    "ja yhteistyötä tiiviisti asiakkaan kanssa, sen sijaan että asiakas vain ohjattaisiin eteenpäin.",
    "Asiakkaan pääsy oikeaan palveluun oikeaan aikaan on tärkeää niin palveluiden vaikuttavuuden kuin "
    "tuottavuuden kannalta. Palveluiden tulee olla monikanavaisia ja tukea asiakkaan "
    "valinnanvapautta, ja niiden välillä tulee olla saumatonta yhteistyötä. Asiakkaan ongelma "
    "pyritään ratkaisemaan ensikontaktissa, mutta jos se ei onnistu, asia otetaan ammattilaisten "
    "haltuun jatkotoimia varten. Tämä voi tarkoittaa esimerkiksi seuraavan vaiheen palvelun "
    "varaamista suoraan asiakkaalle. Kokonaisuudessaan tavoitteena on vähentää palveluiden "
    "hajanaisuudesta johtuvia ongelmia ja kohdistaa resurssit tehokkaasti niille, jotka tarvitsevat "
    "eniten tukea.",
]

TIIV_YHDESSA = [
    "Oma Hämeen tuottamien palveluiden tehokas järjestäminen perustuu asiakkaiden palvelutarpeen "
    "mukaiseen ryhmittelyyn sekä määriteltyihin ja yhtenäisiin palveluihin, joita kehitetään "
    "systemaattisesti. Toteutuksen perustana ovat palveluiden käytön ja kustannusten kannalta "
    "kriittisten asiakasryhmien tunnistaminen ja päällekkäisten palveluiden karsiminen. "
    "Raskaimmilla asiakassegmenteillä tarkoitetaan jatkuvan tai monialaisen palvelutarpeen "
    "segmentteihin kuuluvia asiakkuuksia, jolloin kyse voi olla esimerkiksi useita eri palveluja "
    "tarvitsevista asiakkuuksista, paljon palvelua käyttävistä asiakkuuksista tai ns. raskaan tai "
    "erityistason palvelun asiakkuuksista.",
    "Kehitämme asiakas- ja palvelukohtaisia vaikuttavuuden mittareita niin, että asiantuntijoilla ja "
    "asiakkailla on selkeä ymmärrys toiminnan vaikuttavuudesta elämänlaatuun. Vaikuttavuutta "
    "seurataan organisaation kaikilla tasoilla (mm. asiakaspalaute, työntekijäpalaute, kustannukset) "
    "ja tiedon perusteella kehitetään toimintaa siten, että vaikuttavuus paranee.",
]

_AMM_1 = ("Nykyiset sosiaali- ja terveydenhuollon mallit keskittyvät erillisten palveluiden "
          "suunnitteluun, jolloin asiakkaan kokonaisvaltainen tarve jää usein huomiotta. Tämä johtaa "
          "\"lähettämisen kulttuuriin\", jossa asiakkaita ohjataan useisiin, usein päällekkäisiin ja "
          "jopa turhiin palveluihin.")
_AMM_2 = ("Tavoitteena on siirtyä kohti yhteistä asiakassuunnitelmaa, joka vähentäisi palveluiden "
          "hajanaisuutta, parantaisi jatkuvuutta ja asiakkaiden elämänlaatua. Ennakoimalla asiakkaiden "
          "tulevia tarpeita ja riskitekijöitä, sekä varmistamalla ammattilaisten saatavuus, pyritään "
          "ohjaamaan asiakkaita oikeisiin ja tarkoituksenmukaisiin palveluihin. Näin voidaan ehkäistä "
          "ruuhkia ja vähentää käyntien määrää.")
_AMM_3 = ("Monialainen tiedon hyödyntäminen auttaa johtamisessa ja ongelmien juurisyiden "
          "tunnistamisessa. Tämä uusi toimintamalli kohdistuu erityisesti viiteen kriittiseen "
          "palveluketjuun: leikkauspotilaan, masennusta sairastavan, vanhemmuuden varhaisen tuen, "
          "opiskelun tai työelämän ulkopuolella olevien nuorten sekä ikääntyneen kotiutumisen "
          "palveluketjut.")
TIIV_AMMATTILAISET_START = [_AMM_1, _AMM_2 + " " + _AMM_3]   # seed 002: two paragraphs
TIIV_AMMATTILAISET_Q2 = [_AMM_1, _AMM_2, _AMM_3]              # seed 000: three paragraphs

TIIV_OSAAMINEN = [
    "Oma Häme on asiakaslähtöinen organisaatio, joka mahdollistaa palvelujen tehokkaan tuottamisen ja "
    "asiantuntijoiden saumattoman yhteistyön. Oma Hämeelle on määritelty yhteinen johtamismalli, mikä "
    "mahdollistaa luottamuksen ja läpinäkyvyyden sekä ammattilaisten osaamisen systemaattisen ja "
    "tavoitteellisen kehityksen. Johdamme osaamista ja kehitämme urapolkuja sekä mahdollistamme "
    "ammattilaisten yhteistyön kehittämisen vuorovaikutuksella ja tietopohjaisesti.",
]

TIIV_TUOTTAVUUS = [
    "Talousohjelmien ja palveluverkkosuunnitelman toimenpiteitä sekä muita sopeuttamistoimia "
    "edistetään aktiivisesti tehtyjen päätösten mukaisesti. Jokaisella tulosalueella tehdään "
    "tuottavuusvertailuja omien yksiköiden välillä. Lisäksi vertaillaan omaa toimintaa yksityisen "
    "palvelutarjontaan tuotantotapa-analyysien/kustannusanalyysien avulla ja tehdään "
    "tarkoituksenmukaiset järjestämisen ratkaisut sen perusteella. Tiimeissä toteutettava hukkajahti "
    "on osa tuottavuuden parantamista.",
]

KR_ENSI_1 = ["Ensikontaktin saa luvatussa ajassa riippumatta yhteydenottokanavasta,",
             "palvelukohtainen, vähintään lakisääteinen, lupaus"]
KR_ENSI_2 = ["80 % ensikontaktiasiakkaista saa ratkaisun yhdellä kontaktilla"]
KR_ENSI_3 = ["90 % asiakkaista tietää miten hoito ja palvelu jatkuu"]
KR_AMM_1_START = ["Monialaisen asiakassegmentin asiakkaasta laaditaan yksi yhteinen asiakassuunnitelma,",
                  "minkä seurauksena kyseisen segmentin asiakaskohtainen palvelutapahtumien määrä",
                  "vähenee"]
# the Q2 deck (seed 000) adds the unit "(tapahtumat/ asiakas)"
KR_AMM_1_Q2 = ["Monialaisen asiakassegmentin asiakkaasta laaditaan yksi yhteinen asiakassuunnitelma,",
               "minkä seurauksena kyseisen segmentin asiakaskohtainen palvelutapahtumien määrä",
               "vähenee (tapahtumat/ asiakas)"]
KR_AMM_2 = ["5 kriittisen palveluketjun läpimenoaika lyhenee vuoden 2025 loppuun mennessä"]

# ---------------------------------------------------------------------------------------------
# okr_start_2025 (seed 002): five goal slides, baselines only
# ---------------------------------------------------------------------------------------------

START_2025 = {
    "fiscal_year": 2025,
    "period": "baseline",
    "title_slides": [],
    "goals": [
        {
            "key": "G-ensikontakti",
            "title_lines": ["Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"],
            "theme": "Autamme sopivalle polulle",
            "kr_header": HEADER_KR,
            "kr_baseline_header_textbox": False,
            "krs": [
                kr("KR-ensikontakti-1", KR_ENSI_1, DASH),
                kr("KR-ensikontakti-2", KR_ENSI_2, DASH),
                kr("KR-ensikontakti-3", KR_ENSI_3, V(["69,5", "%"], 69.5, "%")),
            ],
            "tiivistelma": TIIV_ENSIKONTAKTI,
            "kpi_baseline_header_textbox": False,
            "kpis": [
                kpi(["NPS"], V("85,5", 85.5)),
                kpi(["Palveluajat"], DASH),
                kpi(["Pyöröovi"], DASH),
            ],
        },
        {
            "key": "G-yhdessa",
            "title_lines": ["Saavutamme yhdessä asiakkaan kanssa asetetut tavoitteet",
                            "– oikeita asioita, oikeaan aikaan ja oikeassa paikassa"],
            "theme": "Järjestämme vaikuttavat palvelut",
            "kr_header": HEADER_KR,
            "kr_baseline_header_textbox": False,
            "krs": [
                kr("KR-yhdessa-1", ["Raskaimpiin asiakassegmentteihin ohjautuu 5-10 % vähemmän asiakkaita"],
                   DASH),
                kr("KR-yhdessa-2", ["90 % asiakkaista kokee, että hoitoa tai palvelua koskevat päätökset on tehty",
                                    "yhteistyössä hänen kanssaan"], V(["77,8", "%"], 77.8, "%")),
                kr("KR-yhdessa-3", ["90 % asiakkaista kokee saamansa palvelun hyödylliseksi"],
                   V(["75,1", "%"], 75.1, "%")),
            ],
            "tiivistelma": TIIV_YHDESSA,
            "kpi_baseline_header_textbox": True,
            "kpis": [
                kpi(["Segmentin", "Asiakas-", "määrä"], V("52k", 52000)),
                kpi(["NPS"], V("85,5", 85.5)),
                kpi(["PROM"], DASH),
            ],
        },
        {
            "key": "G-ammattilaiset",
            "title_lines": ["Tarvittavat ammattilaiset ja teknologia yhdessä asiakkaan ympärille"],
            "theme": "Osaamme ennakoida",
            "kr_header": HEADER_KR,
            "kr_baseline_header_textbox": True,
            "krs": [
                kr("KR-ammattilaiset-1", KR_AMM_1_START, DASH),
                kr("KR-ammattilaiset-2", KR_AMM_2, DASH),
            ],
            "tiivistelma": TIIV_AMMATTILAISET_START,
            "kpi_baseline_header_textbox": False,
            "kpis": [
                kpi(["Palveluajat"], DASH),
                kpi(["Palvelutapahtumien", "määrä"], DASH),
                kpi(["NPS"], V("85,5", 85.5)),
            ],
        },
        {
            "key": "G-osaaminen",
            "title_lines": ["Asiakastarve ohjaa henkilöstömme osaamista"],
            "theme": "Onnistumme toisiimme luottaen",
            "kr_header": HEADER_KR_SWAPPED,
            "kr_baseline_header_textbox": False,
            "krs": [
                kr("KR-osaaminen-1", ["Asiakastarve ohjaa työsuunnittelua, kattaen 80% työyksiköistä"], DASH),
                kr("KR-osaaminen-2", ["Yli 80 % henkilöstöstä kokee tekevänsä työtä, johon on palkattu ja",
                                      "     saa tukea työhönsä"],
                   V(["78,5%", "56,3%"], None, "%")),
                kr("KR-osaaminen-3", ["Onnistumiskeskustelut on käyty ja",
                                      "     80 % henkilöstöstä kokee ne hyödyllisenä"],
                   V(["47,4%", "40,4%"], None, "%")),
            ],
            "tiivistelma": TIIV_OSAAMINEN,
            "kpi_baseline_header_textbox": True,
            "kpis": [
                kpi(["Lähtö-", "vaihtuvuus"], V(["TP", "2024"], None)),
                kpi(["Tulovaihtuvuus"], V(["TP", "2024"], None)),
                kpi(["Terveysperusteiset", "poissaolot/", "HTV2"], V(["TP", "2024"], None)),
            ],
        },
        {
            "key": "G-tuottavuus",
            "title_lines": ["Tuottavuus turvaa palvelut"],
            "theme": "Järjestämme vaikuttavat palvelut",
            "kr_header": HEADER_KR_SWAPPED,
            "kr_baseline_header_textbox": False,
            "krs": [
                kr("KR-tuottavuus-1", ["Tiimeissä toteutetaan hukkaa vähentäviä toimenpiteitä, minkä seurauksena "
                                       "toimintakatteen",
                                       "kehitys on talousarvion ja taloussuunnitelman mukaisella tasolla."], EMPTY),
                kr("KR-tuottavuus-2", ["Kustannusanalyysi tehdään vähintään palveluista, joissa kustannukset ylittävät",
                                       "kansallisen kustannustason"], V("0/4", 0)),
                kr("KR-tuottavuus-3", ["Talouden muutosohjelmat viedään läpi suunnitellusti"], EMPTY),
            ],
            "tiivistelma": TIIV_TUOTTAVUUS,
            "kpi_baseline_header_textbox": True,
            "kpis": [
                kpi(["Toimintakatteen muutos"], V(["TP", "2024"], None)),
                kpi(["Tarvevakioidut menot"], V(["TP", "2024"], None)),
                # seed 002: the label of the third row is a separate text box laid over the table
                kpi(["Suoritekustannusten", "muutos (€,%)"], EMPTY, name_as_textbox=True),
            ],
        },
    ],
}

# ---------------------------------------------------------------------------------------------
# okr_q2_2025 (seed 000): title slide, KPI abbreviations, two goals (KR slide + narrative slide)
# ---------------------------------------------------------------------------------------------

TITLE_2025 = ["Strategian toimeenpano - tavoitteet, avaintulokset ja tehtävät 2025",
              "Yleiskuva tavoitteista, avaintuloksista ja tehtävistä"]

KPI_ABBREVIATIONS_2025 = [
    "NPS: Yleinen asiakastyytyväisyys (suositteluindeksi): Asiakkaalta kysytään 'Kuinka todennäköisesti "
    "suosittelisit saamaasi palvelua läheisellesi?', suositteluindeksin vaihteluväli on -100 - +100.",
    "Palveluajat: Palveluihin pääsy lakisääteisessä ajassa",
    "Pyöröovi: Päivystyksestä suoraan päivystykseen palanneiden asiakkaiden osuus kaikista "
    "päivystysasiakkaista 72 h sisällä",
    "Palvelutapahtumien määrä: ilmoitettu raportointipohjassa pyöristettynä desimaalilukuna, "
    "suuruusluokka miljoona (2,60 palvelutapahtumaa = kaksi miljoonaa kuusisataa tuhatta "
    "palvelutapahtumaa)",
]

NARRATIVE_ENSIKONTAKTI_Q2 = [
    (0, "Tilanne ensimmäiseen kvartaaliin verrattuna on kahden avaintuloksen osalta parantunut, mutta yhden "
        "kohdalla heikentynyt. Tämä johtuu siitä, että vasta maaliskuusta alkaen on saatu mitattua "
        "palvelulupauksien toteutumistietoja kaikkien ensilinjojen osalta."),
    (0, "Ensilinjoissa seurataan kuukausittain puheluiden ja chattien yhteydenottomääriä, linjapuheluiden ja "
        "takaisinsoiton osuutta sekä -viivettä. Asiakkailta pyydetään arvioita palvelusta keräämällä mm. "
        "suositteluindeksia (NPS) ja mielipidettä yhteydenoton helppoudesta ja ratkaisuasteesta sekä siitä "
        "tietääkö hän kuinka palvelu jatkuu."),
    (0, "Tarkastelujaksolla linjapuheluina vastattujen suhteellinen osuus on hiukan kasvanut, mutta edelleen on "
        "palveluiden välillä merkittäviä eroja ja takaisinsoittojen osuus kaikista puheluista on liian suuri"),
    (0, "Neuvolassa on otettu käyttöön asiakkaan sähköinen ajanvaraus, jonka vaikutusta puheluiden ja chattien "
        "määrään arvioidaan seuraavassa kvartaalissa"),
    (0, "Takaisinsoittoviiveet sekä chatin vastausviiveet ovat ajoittain olleet liian suuria. Tämä näkyy "
        "suoraan asiakkaiden antamaa NPS arvoa heikentävänä erityisesti, jos puhelun takaisinsoittoviive "
        "venyy yli tunnin mittaiseksi."),
    (0, "Chattien vastausajoissa on kysynnän kasvun myötä ollut viiveitä ja tähän pyritään löytämään "
        "ratkaisuja"),
    (0, "Asukasviestintään Ensilinjoista on panostettu. Kaikkiin kotitalouksiin on heinäkuussa jaettu "
        "asukaskirje, missä kerrotaan Ensilinjan palveluista."),
    (0, "Syksyllä järjestetään työpajat sekä varsinaisille ensilinjoille että muille keskitetyille "
        "tukipalveluille"),
    (1, "Asetetaan seuraavia tavoitteita ja keskitytään asiakkaan kannalta olennaisten sisältöjen "
        "eteenpäinviemiseen"),
    (1, "Perussisältöjä Ensilinjoissa pitää vakiinnuttaa ja työstää tilastointien yhdenmukaisuutta sekä "
        "luotettavuutta"),
    (1, "Myös toiminnan sisällöt ensilinjoissa vaihtelevat ja vaikuttavat arviointiin"),
]

NARRATIVE_AMMATTILAISET_Q2 = [
    (0, "Hyvinvointialueella on tehty segmentointia neljään eri segmenttiin: satunnaisesti palveluja "
        "käyttävät, ennakointiasiakkaat, jatkuvan palvelun asiakkaat sekä monialaiset asiakkaat. Monialaiset "
        "asiakkaat ovat henkilöitä, joilla on laaja palveluntarve ja he käyttävät paljon palveluja."),
    (0, "Monialaisen asiakassegmentin asiakkaiden yhteisen suunnitelman seurantaa vaikeuttaa edelleen se, että "
        "asiakkuudenhallinta järjestelmä (CRM) käyttöönotto siirtyi syksylle 2025. Lastensuojelun ja "
        "Mielenterveys- ja päihdepalvelujen yhteisasiakkailla on asetettu tälle vuodelle selkeä tavoite ja "
        "henkilöstöä on perehdytetty. Terveydenhuollossa yhteisasiakkaita on tunnistettu yksittäisiä. "
        "Monialaisessa segmentissä palvelutapahtumien määrä on hienoisessa laskussa, myös "
        "palvelutapahtumien määrä /asiakas on hivenen laskeva."),
    (0, "Kriittisten palveluketjujen osalta työ etenee suunnitellusti, mutta on huomioitava, että varsinaisen "
        "läpimenoajan mittaamiseen päästäkseen on tehtävä runsaasti pohjatyötä. Valmistelevan työn määrä "
        "vaihtelee ketjuittain ja siksi ketjukohtaiset suunnitelmat eivät ole keskenään vertailukelpoisia."),
]

E = EMPTY
Q2_2025 = {
    "fiscal_year": 2025,
    "period": "Q2",
    "title": TITLE_2025,
    "kpi_abbreviations": KPI_ABBREVIATIONS_2025,
    "goals": [
        {
            "key": "G-ensikontakti",
            "title_lines": ["Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"],
            "narrative_title_lines": ["Asiakas saa helposti yhteyden sekä ratkaisun", "ensikontaktissa"],
            "theme": "Autamme sopivalle polulle",
            "kr_header": HEADER_KR,
            "krs": [
                # KR1 fell from Q1 to Q2 ("yhden kohdalla heikentynyt": since March all front lines measured)
                kr("KR-ensikontakti-1", KR_ENSI_1, DASH,
                   V("74,3 %", 74.3, "%", GREEN), V(["70,11", "%"], 70.11, "%", YELLOW), E, E),
                kr("KR-ensikontakti-2", KR_ENSI_2, DASH,
                   V("58,2 %", 58.2, "%", RED), V("61,4 %", 61.4, "%", YELLOW), E, E),
                kr("KR-ensikontakti-3", KR_ENSI_3, V(["69,5", "%"], 69.5, "%"),
                   V("71,2 %", 71.2, "%", YELLOW), V("73,8 %", 73.8, "%", GREEN), E, E),
            ],
            "tiivistelma": [TIIV_ENSIKONTAKTI[0] + " " + TIIV_ENSIKONTAKTI[1], TIIV_ENSIKONTAKTI[2]],
            "kpis": [
                kpi(["NPS"], V("85,5", 85.5), E, E),
                kpi(["Palveluajat"], DASH, V(["89,4", "%"], 89.4, "%"), E),
                kpi(["Pyöröovi"], DASH, V("5,1 %", 5.1, "%"), E),
            ],
            "narrative": NARRATIVE_ENSIKONTAKTI_Q2,
        },
        {
            "key": "G-ammattilaiset",
            "title_lines": ["Tarvittavat ammattilaiset ja teknologia yhdessä asiakkaan ympärille"],
            "narrative_title_lines": ["Tarvittavat ammattilaiset ja teknologia yhdessä asiakkaan", "ympärille"],
            "theme": "Osaamme ennakoida",
            "kr_header": HEADER_KR,
            "krs": [
                kr("KR-ammattilaiset-1", KR_AMM_1_Q2, DASH,
                   V("139,4", 139.4, None, YELLOW), V("139,2", 139.2, None, YELLOW), E, E),
                kr("KR-ammattilaiset-2", KR_AMM_2, DASH,
                   V("21 %", 21, "%", GREEN), V("50 %", 50, "%", GREEN), E, E),
            ],
            "tiivistelma": TIIV_AMMATTILAISET_Q2,
            "kpis": [
                kpi(["Palveluajat"], DASH, V(["89,4", "%"], 89.4, "%"), E),
                kpi(["Palvelutapahtumien", "määrä"], DASH, V("2,57", 2.57), E),
                kpi(["NPS"], V("85,5", 85.5), E, E),
            ],
            "narrative": NARRATIVE_AMMATTILAISET_Q2,
        },
    ],
}

# Values of the Q2 2025 deck that the seed does not show and that were chosen here:
INVENTED_Q2_2025 = [
    "KR-ensikontakti-1 Q1 '74,3 %' (green); Q2 '70,11 %' is the seed's number, placed in KR1/Q2 (yellow)",
    "KR-ensikontakti-2 Q1 '58,2 %' (red), Q2 '61,4 %' (yellow)",
    "KR-ensikontakti-3 Q1 '71,2 %' (yellow), Q2 '73,8 %' (green); baseline 69,5 % from seed 002",
    "KR-ammattilaiset-2 Q2 '50 %' (taken from the year-end series of seed 001; lost in the OCR)",
    "Pyöröovi Q2 '5,1 %'",
]

# The seed-000 text export: what the OCR text still shows (gold of samples/text_exports/000_...).
TXT_000 = {
    "goal_themes": {"G-ensikontakti": "Autamme sopivalle polulle", "G-ammattilaiset": None},
    "kr_values": [  # (kr, period, value_text, value, unit)
        ("KR-ammattilaiset-1", "Q1", "139,4", 139.4, None),
        ("KR-ammattilaiset-1", "Q2", "139,2", 139.2, None),
        ("KR-ammattilaiset-2", "Q1", "21 %", 21, "%"),
    ],
    "kpi_values": [  # (goal, kpi_name, period, value_text, value, unit)
        ("G-ensikontakti", "NPS", "baseline", "85,5", 85.5, None),
        ("G-ensikontakti", "Palveluajat", "Q2", "89,4 %", 89.4, "%"),
        ("G-ammattilaiset", "Palveluajat", "Q2", "89,4 %", 89.4, "%"),
        ("G-ammattilaiset", "NPS", "baseline", "85,5", 85.5, None),
    ],
    "left_out": [
        "'70,11 %' (first goal's key-result table): its row is KR-ensikontakti-1 but the OCR text does not "
        "say which column (Lähtötilanne/Q1/Q2) it stood in",
        "'6;’)5' near KR-ensikontakti-3: OCR debris, no readable number",
        "'2,57' in the second goal's KPI table: its row label (Palvelutapahtumien määrä) is lost in the OCR",
        "all traffic-light colours (status null): the text has none",
        "theme of G-ammattilaiset: the OCR text lost it ('Strategi [ iste: ... Q ma D')",
    ],
}

# ---------------------------------------------------------------------------------------------
# okr_q2_2026: written by hand from the 2025 content (no seed)
# ---------------------------------------------------------------------------------------------

DROPPED_2026 = ["G-tuottavuus"]

REWORDED_2026 = [
    ("G-yhdessa", "Saavutamme yhdessä asiakkaan kanssa asetetut tavoitteet – oikeita asioita, oikeaan aikaan "
                  "ja oikeassa paikassa",
     "Saavutamme yhdessä asiakkaan kanssa asetetut tavoitteet – oikeat asiat oikeaan aikaan ja oikeassa "
     "paikassa"),
    ("G-osaaminen", "Asiakastarve ohjaa henkilöstömme osaamista",
     "Asiakkaan tarve ohjaa henkilöstömme osaamista"),
    ("KR-ensikontakti-2", "80 % ensikontaktiasiakkaista saa ratkaisun yhdellä kontaktilla",
     "80 % ensikontaktiasiakkaista saa ratkaisun yhdellä yhteydenotolla"),
    ("KR-ammattilaiset-2", "5 kriittisen palveluketjun läpimenoaika lyhenee vuoden 2025 loppuun mennessä",
     "5 kriittisen palveluketjun läpimenoaika lyhenee vuoden 2026 loppuun mennessä"),
    ("KR-osaaminen-1", "Asiakastarve ohjaa työsuunnittelua, kattaen 80% työyksiköistä",
     "Asiakastarve ohjaa työn suunnittelua vähintään 80 %:ssa työyksiköistä"),
    ("KR-yhdessa-3", "90 % asiakkaista kokee saamansa palvelun hyödylliseksi",
     "90 % asiakkaista kokee saamansa palvelun hyödylliseksi ja oikea-aikaiseksi"),
]

TITLE_2026 = ["Strategian toimeenpano - tavoitteet, avaintulokset ja tehtävät 2026",
              "Yleiskuva tavoitteista, avaintuloksista ja tehtävistä"]

KPI_ABBREVIATIONS_2026 = [
    KPI_ABBREVIATIONS_2025[0],
    KPI_ABBREVIATIONS_2025[1],
    KPI_ABBREVIATIONS_2025[2],
    "PROM: Asiakkaan kokema elämänlaatu, vaihteluväli 0 – 100",
    KPI_ABBREVIATIONS_2025[3],
    "Sähköiset ajanvaraukset: sähköisesti tehtyjen ajanvarausten osuus kaikista ajanvarauksista",
]

Q2_2026 = {
    "fiscal_year": 2026,
    "period": "Q2",
    "title": TITLE_2026,
    "kpi_abbreviations": KPI_ABBREVIATIONS_2026,
    "goals": [
        {
            "key": "G-ensikontakti",
            "title_lines": ["Asiakas saa helposti yhteyden sekä ratkaisun ensikontaktissa"],
            "theme": "Autamme sopivalle polulle",
            "kr_header": HEADER_KR,
            "krs": [
                kr("KR-ensikontakti-1", KR_ENSI_1, V("76,8 %", 76.8, "%"),
                   V("78,2 %", 78.2, "%", GREEN), V("79,5 %", 79.5, "%", GREEN), E, E),
                kr("KR-ensikontakti-2", ["80 % ensikontaktiasiakkaista saa ratkaisun yhdellä yhteydenotolla"],
                   V("63,0 %", 63.0, "%"),
                   V("64,1 %", 64.1, "%", YELLOW), V("62,7 %", 62.7, "%", RED), E, E),
                kr("KR-ensikontakti-3", KR_ENSI_3, V("78,9 %", 78.9, "%"),
                   V("80,3 %", 80.3, "%", GREEN), V("81,0 %", 81.0, "%", GREEN), E, E),
            ],
            "tiivistelma": [TIIV_ENSIKONTAKTI[0] + " " + TIIV_ENSIKONTAKTI[1], TIIV_ENSIKONTAKTI[2]],
            "kpis": [
                kpi(["NPS"], V("83,4", 83.4), V("85,1", 85.1), E),
                kpi(["Palveluajat"], V("94,4 %", 94.4, "%"), V("93,8 %", 93.8, "%"), E),
                kpi(["Pyöröovi"], V("4,9 %", 4.9, "%"), V("4,6 %", 4.6, "%"), E),
            ],
            "narrative": [
                (0, "Palvelulupauksen toteutuminen on parantunut kaikissa ensilinjoissa, ja linjapuheluina "
                    "vastattujen osuus on kasvanut."),
                (0, "Ratkaisuaste ensikontaktissa laski toisella kvartaalilla kesän sijaisjärjestelyjen vuoksi. "
                    "Syksyllä jatketaan palveluohjauksen työpajoja."),
                (0, "Asiakkaan tieto palvelun jatkumisesta on parantunut sähköisen ajanvarauksen myötä."),
            ],
        },
        {
            "key": "G-yhdessa",
            "title_lines": ["Saavutamme yhdessä asiakkaan kanssa asetetut tavoitteet",
                            "– oikeat asiat oikeaan aikaan ja oikeassa paikassa"],
            "theme": "Järjestämme vaikuttavat palvelut",
            "kr_header": HEADER_KR,
            "krs": [
                kr("KR-yhdessa-1", ["Raskaimpiin asiakassegmentteihin ohjautuu 5-10 % vähemmän asiakkaita"],
                   DASH, V("-2,1 %", -2.1, "%", YELLOW), V("-3,4 %", -3.4, "%", YELLOW), E, E),
                kr("KR-yhdessa-2", ["90 % asiakkaista kokee, että hoitoa tai palvelua koskevat päätökset on tehty",
                                    "yhteistyössä hänen kanssaan"], V("80,2 %", 80.2, "%"),
                   V("81,5 %", 81.5, "%", GREEN), V("79,9 %", 79.9, "%", YELLOW), E, E),
                kr("KR-yhdessa-3", ["90 % asiakkaista kokee saamansa palvelun hyödylliseksi ja oikea-aikaiseksi"],
                   V("78,4 %", 78.4, "%"),
                   V("79,0 %", 79.0, "%", YELLOW), V("80,6 %", 80.6, "%", GREEN), E, E),
            ],
            "tiivistelma": TIIV_YHDESSA,
            "kpis": [
                kpi(["Segmentin", "Asiakas-", "määrä"], V("54k", 54000), V("53k", 53000), E),
                kpi(["NPS"], V("83,4", 83.4), V("85,1", 85.1), E),
                kpi(["PROM"], DASH, V("71,5", 71.5), E),
            ],
            "narrative": [
                (0, "Raskaimpiin segmentteihin ohjautuvien asiakkaiden määrä on laskenut, mutta tavoitetasosta "
                    "(5-10 %) ollaan vielä jäljessä."),
                (0, "PROM-mittaus on otettu käyttöön kolmessa palvelussa; ensimmäiset tulokset ovat "
                    "käytettävissä toisella kvartaalilla."),
            ],
        },
        {
            "key": "G-ammattilaiset",
            "title_lines": ["Tarvittavat ammattilaiset ja teknologia yhdessä asiakkaan ympärille"],
            "theme": "Osaamme ennakoida",
            "kr_header": HEADER_KR,
            "krs": [
                kr("KR-ammattilaiset-1", KR_AMM_1_Q2, V("144,5", 144.5),
                   V("143,8", 143.8, None, YELLOW), V("141,2", 141.2, None, GREEN), E, E),
                kr("KR-ammattilaiset-2", ["5 kriittisen palveluketjun läpimenoaika lyhenee vuoden 2026 loppuun "
                                          "mennessä"], DASH,
                   V("30 %", 30, "%", GREEN), V("45 %", 45, "%", YELLOW), E, E),
            ],
            "tiivistelma": TIIV_AMMATTILAISET_Q2,
            "kpis": [
                kpi(["Palveluajat"], V("94,4 %", 94.4, "%"), V("93,8 %", 93.8, "%"), E),
                kpi(["Palvelutapahtumien", "määrä"], V("2,74", 2.74), V("2,61", 2.61), E),
                kpi(["NPS"], V("83,4", 83.4), V("85,1", 85.1), E),
            ],
            "narrative": [
                (0, "Asiakkuudenhallintajärjestelmä (CRM) on otettu käyttöön monialaisen segmentin "
                    "yhteisasiakkaiden palveluissa."),
                (0, "Palvelutapahtumien määrä asiakasta kohden kääntyi laskuun toisella kvartaalilla."),
                (0, "Läpimenoajan mittaus on laajentunut leikkaussalitoiminnasta kotiutumisen palveluketjuun; "
                    "masennuspotilaan ketjun kehittäminen on viivästynyt."),
            ],
        },
        {
            "key": "G-osaaminen",
            "title_lines": ["Asiakkaan tarve ohjaa henkilöstömme osaamista"],
            "theme": "Onnistumme toisiimme luottaen",
            "kr_header": HEADER_KR,
            "krs": [
                kr("KR-osaaminen-1", ["Asiakastarve ohjaa työn suunnittelua vähintään 80 %:ssa työyksiköistä"],
                   V("62 %", 62, "%"), V("68 %", 68, "%", YELLOW), V("74 %", 74, "%", GREEN), E, E),
                kr("KR-osaaminen-2", ["Yli 80 % henkilöstöstä kokee tekevänsä työtä, johon on palkattu ja",
                                      "saa tukea työhönsä"],
                   V(["80,1%", "58,9%"], None, "%"), DASH,
                   V(["81,0%", "60,2%"], None, "%", YELLOW), E, E),
                kr("KR-osaaminen-3", ["Onnistumiskeskustelut on käyty ja",
                                      "80 % henkilöstöstä kokee ne hyödyllisenä"],
                   V(["52,6%", "44,0%"], None, "%"), DASH,
                   V(["50,8%", "43,2%"], None, "%", RED), E, E),
            ],
            "tiivistelma": TIIV_OSAAMINEN,
            "kpis": [
                kpi(["Lähtö-", "vaihtuvuus"], V(["TP", "2025"], None), V("5,8 %", 5.8, "%"), E),
                kpi(["Tulovaihtuvuus"], V(["TP", "2025"], None), V("7,1 %", 7.1, "%"), E),
                kpi(["Terveysperusteiset", "poissaolot/", "HTV2"], V(["TP", "2025"], None),
                    V("17,9", 17.9), E),
            ],
            "narrative": [
                (0, "Työn suunnittelun malli on käytössä 74 %:ssa työyksiköistä."),
                (0, "Henkilöstökyselyn kevään tulokset paranivat hieman; onnistumiskeskusteluiden "
                    "hyödyllisyys heikkeni, ja keskustelurunkoa uudistetaan syksyksi."),
            ],
        },
        {
            "key": "G26-digiasiointi",
            "title_lines": ["Asiakas asioi sujuvasti digitaalisissa palveluissa"],
            "theme": "Autamme sopivalle polulle",
            "kr_header": HEADER_KR,
            "krs": [
                kr("KR26-digiasiointi-1", ["Sähköisen ajanvarauksen osuus kaikista ajanvarauksista on vähintään "
                                           "40 %"], V("31,6 %", 31.6, "%"),
                   V("34,0 %", 34.0, "%", GREEN), V("36,8 %", 36.8, "%", GREEN), E, E),
                kr("KR26-digiasiointi-2", ["Digitaalisen sotekeskuksen asiointikerrat kasvavat 20 % vuoden 2025 "
                                           "tasosta"], V("48 200 kpl", 48200, "kpl"),
                   V("+6 %", 6, "%", YELLOW), V("+11 %", 11, "%", GREEN), E, E),
            ],
            "tiivistelma": [
                "Digitaaliset palvelut ovat asiakkaalle helppo ja nopea tapa hoitaa asioitaan. Sähköistä "
                "ajanvarausta ja digitaalisen sotekeskuksen palveluja laajennetaan, jotta puhelinpalvelun "
                "kuormitus vähenee ja ammattilaisten työaika kohdentuu eniten tukea tarvitseville.",
            ],
            "kpis": [
                kpi(["Sähköiset", "ajanvaraukset"], V("31,6 %", 31.6, "%"), V("36,8 %", 36.8, "%"), E),
                kpi(["NPS"], V("83,4", 83.4), V("85,1", 85.1), E),
            ],
            "narrative": [
                (0, "Sähköinen ajanvaraus on laajennettu suun terveydenhuoltoon ja rokotuksiin."),
                (0, "Digitaalisen sotekeskuksen chatin aukioloaikoja pidennettiin toukokuussa."),
            ],
        },
    ],
}

# Everything in the 2026 deck is invented (no seed): all its values and lights are listed in
# Q2_2026 above.
