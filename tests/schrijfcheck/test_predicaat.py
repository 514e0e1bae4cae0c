"""Issue 15: a trait or mood predicated of a person is an interpretation, as a construction.

Seed: Bijlage 1b, stap 1 (002_...): "Beschrijf uw signalen zo feitelijk mogelijk. Worden ook
hypothesen en veronderstellingen vastgelegd, vermeld dan uitdrukkelijk dat het gaat om een
hypothese of veronderstelling." The rule (predicaat.py) needs no list of judgements: person
subject + copula or appearance verb + an adjective ending the predicate judges, unless the
adjective is observable, a participle of an event, a noun, a number or the writer's own state.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from schrijfcheck.helpers import categorieen, gevonden


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Vader werd defensief.", "defensief"),  # -ief: not in the lexicon; "werd"
        ("Vandaag was moeder erg defensief.", "defensief"),  # subject after the copula
        ("Cliënt oogde eenzaam.", "eenzaam"),  # appearance verb, lexicon score 0.6
        ("Tijdens het gesprek bleef de jongen defensief.", "defensief"),
        ("Na de pauze raakte de jongen emotioneel.", "emotioneel"),
        ("Gisteren was Karel erg defensief.", "defensief"),  # a name after the copula
        ("De leerkracht bleef defensief.", "defensief"),  # a role at work or school
        ("Mijn collega oogde eenzaam.", "eenzaam"),
        ("Je bent te vrijgevig.", "vrijgevig"),  # -ig, not in the lexicon
        ("Tijdens het gesprek met de mentor bleef de jongen defensief.", "defensief"),
        ("Moeder oogde verward.", "verward"),  # participle after a verb of appearance: a state
        ("De leerling raakte overbelast.", "overbelast"),
    ],
)
def test_een_eigenschap_als_gezegde_van_een_persoon_wordt_gemeld(tekst: str, woord: str) -> None:
    assert woord in gevonden(tekst, "interpretatie")


@pytest.mark.parametrize(
    "tekst",
    [
        "Vader is werkloos.",  # a status anyone can check
        "Moeder is vandaag afwezig.",
        "Het kind is gisteren gevallen.",  # participle: an event
        "Vader is vorige week vertrokken.",
        "De jongen werd opgenomen in het ziekenhuis.",
        "Moeder is zwanger.",
        "Het kind is zindelijk.",
        "Moeder is leerkracht.",  # a noun
        "De jongen is acht.",
        "Het kind blijft thuis.",
        "Hij was nat van de regen.",
        "Moeder is niet bereikbaar.",
        "Het kind was om 17.00 uur opgehaald.",  # "is/was" + participle: an event
        "Het gedrag van de jongen is de afgelopen weken erg veranderd.",  # head: "gedrag"
        "Zwemmen is gezond voor kinderen van deze leeftijd.",  # a capital at the start: no name
        "Moeder raakte gewond aan haar hand.",
    ],
)
def test_een_waarneembaar_gezegde_gaat_door(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)


def test_gemarkeerd_en_gegrond_of_in_een_hypothese_gaat_door() -> None:
    tekst = "De jongen kwam defensief over, omdat hij zijn armen over elkaar sloeg."
    assert "interpretatie" not in categorieen(tekst)
    assert "interpretatie" not in categorieen("Vader werd defensief.", soort="hypothese")
    assert "interpretatie" not in categorieen("Volgens de mentor werd vader defensief.")
    assert gevonden("Vader werd defensief.", "interpretatie", soort="observatie") == ["defensief"]


def test_ik_vind_is_een_mening_geen_vaagheid() -> None:
    """The writer's opinion is an interpretation (issue 15: the third-party sources label it
    so); "vinden" with "een" is finding a thing."""
    tekst = "Ik vond het zorgelijk dat niemand wist waar de jongen was."
    assert gevonden(tekst, "interpretatie") == ["Ik vond", "zorgelijk"]
    assert "vaag" not in categorieen(tekst)
    assert categorieen("Op de gang vond ik een briefje met een telefoonnummer erop.") == set()
    assert categorieen("Ik vond een mes onder het bed.") == set()


@pytest.mark.parametrize(
    "tekst",
    [
        "Vader belt vaak, vorige week 5 keer.",
        "Het kind komt meestal te laat: in maart 6 van de 10 dagen.",
        "Moeder komt af en toe, twee keer per maand.",
    ],
)
def test_een_getelde_frequentie_is_niet_vaag(tekst: str) -> None:
    assert "vaag" not in categorieen(tekst)


@pytest.mark.parametrize(
    "tekst",
    ["Het kind komt vaak te laat op school.", "Het meisje mist soms de les op maandag."],
)
def test_een_ongetelde_frequentie_blijft_vaag(tekst: str) -> None:
    assert "vaag" in categorieen(tekst)


@pytest.mark.parametrize(
    ("tekst", "deel"),
    [
        ("Hij is een echte doorzetter.", "echte doorzetter"),  # a label after "echte"
        ("Vader is een lastige klant.", "lastige"),  # a judging adjective, any noun
        ("Mevrouw heeft een goede nacht gehad.", "goede"),  # her night, her mood: about her
        ("Moeder sprak op boze toon.", "boze"),
        ("Hij toont weinig interesse.", "toont weinig interesse"),
        ("De jongen vertoonde ongepast gedrag.", "vertoonde ongepast gedrag"),
        ("Het kind verveelt zich.", "verveelt zich"),
        ("Hij ergert zich aan zijn zus.", "ergert zich aan zijn zus"),
    ],
)
def test_een_oordeel_in_een_naamwoordgroep_of_getoonde_eigenschap_wordt_gemeld(
    tekst: str, deel: str
) -> None:
    assert deel in gevonden(tekst, "interpretatie")


@pytest.mark.parametrize(
    "tekst",
    [
        "Moeder is een vrouw van 34.",
        "Het was een koude nacht.",
        "Moeder toonde de blauwe plek op haar arm.",
        "Het kind toonde zijn tekening aan de juf.",
    ],
)
def test_een_feitelijke_naamwoordgroep_of_getoond_ding_gaat_door(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)


def test_een_diagnose_in_de_naamwoordgroep_blijft_bij_diagnose() -> None:
    assert categorieen("Het kind vertoont autistische trekken.") == {"diagnose"}


@pytest.mark.parametrize(
    "tekst",
    [
        "Ik ben verdrietig over wat er gebeurde.",  # the writer's own state
        "Ik werd bang toen vader de deur dichtsloeg.",
        "Word ik boos, dan stop ik het gesprek.",
        "Ik voel me rot na dit gesprek.",
        "Ondergetekende voelde zich niet veilig in de woning.",
    ],
)
def test_de_eigen_toestand_van_de_schrijver_gaat_door(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)


@pytest.mark.parametrize(
    ("tekst", "deel"),
    [
        ("Ik vond moeder afstandelijk.", "afstandelijk"),  # about moeder, not the writer
        # a "feeling" that names what others did (Rosenberg): an interpretation, also for ik
        ("Na het overleg voelde ik me buitengesloten door het team.", "buitengesloten"),
        ("Ze mag hem niet.", "mag hem niet"),
        ("Hij geeft niet om zijn zus.", "geeft niet om"),
        ("Omdat de jongen defensief was, stopte ik het gesprek.", "defensief"),  # verb last
        ("Ik denk dat hij een zeur is.", "zeur"),  # a label, verb last
        ("Moeder is een trage lezer.", "trage lezer"),  # how well someone does something
        ("De leerling is traag.", "traag"),
        ("Vader reageerde feller dan vorige week.", "feller"),  # comparative of "fel"
    ],
)
def test_oordeel_over_een_ander_ook_met_werkwoord_achteraan(tekst: str, deel: str) -> None:
    assert any(deel in g for g in gevonden(tekst, "interpretatie"))


@pytest.mark.parametrize(
    "tekst",
    [
        "Het kind mag niet naar buiten.",
        "Omdat de jongen ziek was, bleef hij thuis.",
        "Hij is een jonge vader.",
    ],
)
def test_feitelijk_met_dezelfde_woorden_gaat_door(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)


@pytest.mark.parametrize(
    ("tekst", "categorie", "deel"),
    [
        ("Moeder zal het wel druk hebben met vier kinderen.", "vaag", "zal het wel"),
        ("Zij is vast niet blij met de melding.", "vaag", "vast niet"),
        ("Hij heeft vast geen zin in school.", "vaag", "vast geen"),
        ("Vader was weer eens te laat bij de overdracht.", "interpretatie", "weer eens"),
    ],
)
def test_een_aanname_of_verwijt_wordt_gemeld(tekst: str, categorie: str, deel: str) -> None:
    assert deel in gevonden(tekst, categorie)


@pytest.mark.parametrize(
    "tekst",
    [
        "De arts stelde vast dat de arm gebroken was.",  # "vast" of "vaststellen"
        "Moeder hield de jongen vast.",
        "Ik zal de mentor morgen wel bellen.",  # a plan
        "Vader kwam om 9.00 uur weer naar school.",
    ],
)
def test_vast_wel_en_weer_zonder_aanname_gaan_door(tekst: str) -> None:
    assert categorieen(tekst) == set()


def test_eigen_waarneming_met_frequentie_is_niet_vaag_een_voorbehoud_wel() -> None:
    """The guides open an observation with the writer's own noticing ("Het valt me op dat
    ..."); a frequency word after it reports what she noticed. A hedge stays vaag."""
    assert "vaag" not in categorieen("Ik merk dat moeder de laatste weken vaak te laat is.")
    assert "vaag" not in categorieen("Het viel me op dat de jongen vaak zijn jas aanhield.")
    assert gevonden("Ik merk dat moeder misschien drinkt.", "vaag") == ["misschien"]
    assert gevonden("Moeder is de laatste weken vaak te laat.", "vaag") == ["vaak"]


@pytest.mark.parametrize(
    "tekst",
    [
        "Omdat hij zijn armen over elkaar sloeg, kwam hij defensief over.",  # basis first
        "Hij sloeg zijn armen over elkaar. Daardoor lijkt het of hij zich afsluit.",
    ],
)
def test_gemarkeerd_met_grond_vooraf_gaat_door(tekst: str) -> None:
    assert not categorieen(tekst) & {"interpretatie", "vaag"}


def test_net_is_een_tijdwoord_geen_oordeel() -> None:
    assert categorieen("Moeder is net vertrokken met de kinderen.") == set()


@pytest.mark.parametrize(
    ("tekst", "deel"),
    [
        ("Cliënt is niet gemotiveerd.", "gemotiveerd"),  # the lexicon scores it objective
        ("Zij is niet geïnteresseerd in het spel.", "geïnteresseerd"),
        ("Meneer was vandaag niet zichzelf.", "niet zichzelf"),
        ("De jongen had plezier tijdens het spel.", "had plezier"),
        ("Moeder genoot van het gesprek.", "genoot van"),
    ],
)
def test_motivatie_interesse_en_plezier_zijn_toegeschreven(tekst: str, deel: str) -> None:
    assert any(deel in g for g in gevonden(tekst, "interpretatie"))


def test_eigen_motivatie_gaat_door() -> None:
    assert "interpretatie" not in categorieen("Ik ben gemotiveerd om dit samen op te pakken.")


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Het project was een succes.", "succes"),  # succesvol
        ("Dat is een schande.", "schande"),  # schandelijk
        ("Het was een chaos in de klas.", "chaos"),  # chaotisch
        ("De verjaardag was een feest.", "feest"),  # feestelijk
    ],
)
def test_een_oordelend_naamwoord_als_gezegde_wordt_gemeld(tekst: str, woord: str) -> None:
    assert woord in gevonden(tekst, "interpretatie")


@pytest.mark.parametrize(
    "tekst", ["Het is een jongen van acht.", "Het was een ongeluk op de trap.", "Dit is een plan."]
)
def test_een_feitelijk_naamwoord_als_gezegde_gaat_door(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)


def test_schrijver_en_collega_als_onderwerp_is_eigen_beleving() -> None:
    assert "interpretatie" not in categorieen("Ondergetekende en collega voelden zich niet veilig.")
    assert gevonden("Ik belde moeder en zij voelde zich afgewezen.", "interpretatie") == [
        "voelde zich afgewezen"
    ]


def test_een_voorwaarde_is_geen_bewering() -> None:
    """A judging word inside a conditional clause says when something happens; the
    observable main clause is what the writer reports. Not in hearsay ("zouden")."""
    assert categorieen("Als de jongen boos is, gooit hij met stoelen.") == set()
    tekst = "Vader drinkt vier blikjes bier als hij zich somber voelt."
    assert "interpretatie" not in categorieen(tekst)
    tekst = "De kinderen zouden niet naar buiten mogen als vader boos is."
    assert "boos" in gevonden(tekst, "interpretatie")
    assert gevonden("Moeder is zichtbaar angstig als vader binnenkomt.", "interpretatie") == [
        "angstig"
    ]
    assert "agressief" in gevonden("Vader werkt als schoonmaker en is agressief.", "interpretatie")


def test_ik_voel_dat_is_een_voorbehoud_en_een_gedaan_gevoel_een_oordeel() -> None:
    """ "Ik voel dat ..." states a thought as a feeling (vaag, like "het gevoel dat"); "ik voel
    me misbruikt" names what another did (Rosenberg), "ik voel me gekwetst" is a feeling."""
    assert gevonden("Ik voel dat moeder me niet vertrouwt.", "vaag") == ["Ik voel dat"]
    assert gevonden("Ik voel me misbruikt door de ouders.", "interpretatie") == [
        "Ik voel me misbruikt door de ouders"
    ]
    assert categorieen("Ik voel me gekwetst na dit gesprek.") == set()


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Vader is een driftkop.", "driftkop"),  # Dutch evaluative person suffixes
        ("Hij is een luiaard.", "luiaard"),
        ("Wat ben je toch een lieverd.", "lieverd"),
        ("Moeder is een kletskous.", "kletskous"),
    ],
)
def test_een_persoonsnaam_met_oordelend_achtervoegsel_is_een_etiket(tekst: str, woord: str) -> None:
    assert woord in gevonden(tekst, "interpretatie")


@pytest.mark.parametrize(
    "tekst", ["Moeder is een vrachtwagenchauffeur.", "Vader is een tweeling.", "Het is een rugzak."]
)
def test_een_feitelijke_persoonsnaam_gaat_door(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)
