"""Issue 15: the constructions that carry an interpretation, and what must pass.

Seed: Bijlage 1b, stap 1 (002_...): describe signs as factually as possible; mark hypotheses and
assumptions as such; name the source of third-party information. The sentences to flag include
the issue's own examples; those that must pass include the marked interpretations that the
reporting guides recommend ("kwam … over, omdat …", "ik heb de indruk dat … omdat …").
"""

from __future__ import annotations

import pytest

from meldwijzer.engine.schrijfcheck import controleer
from schrijfcheck.helpers import categorieen, gevonden


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Vader is koppig.", "koppig"),
        ("De jongen is onrustig.", "onrustig"),
        ("De jongen was erg onrustige tijdens de les.", "onrustige"),  # inflected form
        ("Moeder was vrolijk.", "vrolijk"),
        ("Meneer was somber.", "somber"),
        ("Meneer is oninvoelbaar.", "oninvoelbaar"),  # not in the lexicon: a trait suffix
        ("Vader reageerde nors.", "nors"),
        ("Dat is heel irritant.", "irritant"),
        ("Het meisje is lastig en druk.", "lastig"),
    ],
)
def test_een_oordelend_bijvoeglijk_naamwoord_over_een_persoon_wordt_gemeld(
    tekst: str, woord: str
) -> None:
    assert woord in " ".join(gevonden(tekst, "interpretatie"))


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Moeder is een lastpak.", "lastpak"),
        ("Mevrouw is een zeur.", "zeur"),
        ("Hij is een slechte vader.", "slechte vader"),
        ("Bewoner is vanaf dag 1 al een lastig persoon.", "lastig"),
        ("Een druk jongetje zette de stoelen om.", "druk"),
    ],
)
def test_een_etiket_op_een_persoon_wordt_gemeld(tekst: str, woord: str) -> None:
    assert woord in " ".join(gevonden(tekst, "interpretatie"))


@pytest.mark.parametrize(
    "tekst",
    [
        "Ze voelt zich niet serieus genomen.",
        "Het kind voelt zich afgewezen.",
        "Vader heeft geen vertrouwen in de school.",
        "Moeder heeft er moeite mee.",
        "De jongen is er nog niet aan toe.",
        "Hij kan slecht tegen kritiek.",
    ],
)
def test_een_toegeschreven_gevoel_of_motief_wordt_gemeld(tekst: str) -> None:
    assert "interpretatie" in categorieen(tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "Het gaat goed met hem.",
        "De jongen gaat vooruit.",
        "Ze doet het goed op school.",
        "Het loopt beter thuis.",
    ],
)
def test_een_oordeel_over_voortgang_wordt_gemeld(tekst: str) -> None:
    assert "interpretatie" in categorieen(tekst)


@pytest.mark.parametrize("tekst", ["Ik vind dat onacceptabel.", "Wat een puinhoop!"])
def test_de_eigen_mening_van_de_schrijver_wordt_gemeld(tekst: str) -> None:
    assert "interpretatie" in categorieen(tekst)


def test_uitleg_en_herschrijfpatroon_passen_bij_de_constructie() -> None:
    [binnen] = [b for b in controleer("Ze voelt zich afgewezen.") if b.categorie == "interpretatie"]
    assert binnen.tekst == "voelt zich afgewezen"
    assert "in een ander omgaat" in binnen.uitleg
    assert binnen.suggestie.startswith("Beschrijf wat u zag of hoorde:")
    assert "Noem de bron: ‘volgens" in binnen.suggestie
    [mening] = [b for b in controleer("Ik vind dat storend.") if b.tekst == "Ik vind"]
    assert mening.suggestie.startswith("Markeer als hypothese:")


def test_elke_bevinding_heeft_een_regel_uitleg_en_een_herschrijfpatroon() -> None:
    notitie = (
        "Vader is koppig. Moeder voelt zich afgewezen. Het gaat goed met hem. "
        "De buren zeggen dat vader drinkt. Hij komt soms te laat. Moeder is depressief."
    )
    patronen = ("Beschrijf wat u zag of hoorde:", "Noem de bron:", "Markeer als hypothese:")
    bevindingen = [b for b in controleer(notitie) if b.categorie != "identificerend"]
    assert {b.categorie for b in bevindingen} >= {"interpretatie", "bron_ontbreekt", "vaag"}
    for b in bevindingen:
        assert "\n" not in b.uitleg and b.uitleg.endswith(".")
        assert b.suggestie.startswith(patronen), b


@pytest.mark.parametrize(
    "tekst",
    [
        "Hij tikt met zijn voet op de vloer.",
        "Schaafwond op de rechterknie.",
        "Het kind had een mooie tekening gemaakt.",
        "De leerling haalde slechte cijfers voor rekenen.",
        "Moeder is zwanger en was om 9.00 uur thuis.",
        "Vader is om 8.30 uur vertrokken.",
        "Moeder gaf geen antwoord op mijn vraag en liep naar de keuken.",
        "De peuter plaste vandaag vier keer in zijn broek.",
    ],
)
def test_een_waarneembaar_feit_geeft_geen_interpretatie(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "Volgens de ouders is hij koppig.",
        "Moeder geeft aan dat ze zich afgewezen voelt.",
        "De mentor zegt dat de jongen onrustig is.",
        "Vader zei: ‘Ik vind dat onacceptabel.’",
    ],
)
def test_wat_een_genoemde_bron_zegt_is_geen_eigen_interpretatie(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        "Moeder kwam gespannen over, omdat ze steeds met haar handen wreef.",
        "De cliënt kwam verdrietig over, omdat hij huilde en weinig zei.",
        "Ik heb de indruk dat bewoner ongelukkig is, omdat hij niet meer naar de soos gaat.",
        "Het lijkt mij dat de jongen bang is, want hij kruipt weg als vader binnenkomt.",
    ],
)
def test_een_gemarkeerde_interpretatie_met_grond_is_geen_fout(tekst: str) -> None:
    assert categorieen(tekst) & {"interpretatie", "vaag"} == set()


def test_zonder_grond_blijft_de_interpretatie_gemeld() -> None:
    """The marker alone is not enough: the guides ask what it rests on."""
    assert "interpretatie" in categorieen("Ik heb de indruk dat bewoner ongelukkig is.")


@pytest.mark.parametrize(
    "tekst",
    [
        "Vader komt wellicht in aanmerking voor schuldhulp; de aanvraag is afgesproken.",
        "Omdat zij vaker afspraken vergeet, zal ik contact met haar opnemen.",
    ],
)
def test_een_voorbehoud_in_een_plan_is_geen_vage_waarneming(tekst: str) -> None:
    assert "vaag" not in categorieen(tekst)


def test_een_voorbehoud_in_een_waarneming_blijft_vaag() -> None:
    assert "vaag" in categorieen("De peuter plaste vandaag vaak in zijn broek.")


def test_als_hypothese_getypt_geen_interpretatie_als_feit_wel() -> None:
    """Stap 1: a signal of type 'hypothese' may interpret; the same words typed as fact not."""
    tekst = "Vader is koppig en voelt zich afgewezen."
    assert "interpretatie" not in categorieen(tekst, soort="hypothese")
    assert "interpretatie" in categorieen(tekst, soort="observatie")
    assert "interpretatie" in categorieen(tekst)


# Tuning on the third-party development half (issue 15): three constructions and a lexicon gap.


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Dit was het slechtste plan van het jaar.", "slechtste"),
        ("Dit was de beste oplossing voor het gezin.", "beste"),
        ("Vader is de leukste ouder van de klas.", "leukste"),
    ],
)
def test_een_oordelende_overtreffende_trap_als_gezegde_wordt_gemeld(tekst: str, woord: str) -> None:
    """A ranking after a copula is the writer's standard, also before a noun for a thing."""
    assert woord in " ".join(gevonden(tekst, "interpretatie"))


@pytest.mark.parametrize(
    "tekst",
    ["Dit is de oudste zoon van het gezin.", "Het was de laatste les voor de vakantie."],
)
def test_een_feitelijke_overtreffende_trap_blijft_ongemoeid(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Hij bleef thuis omdat hij zich waardeloos voelde.", "zich waardeloos voelde"),
        ("Moeder heeft een hekel aan de buurvrouw.", "hekel aan"),
        ("De jongen is nog niet klaar om alleen te reizen.", "niet klaar om"),
    ],
)
def test_een_innerlijke_toestand_ook_met_het_werkwoord_achteraan_wordt_gemeld(
    tekst: str, woord: str
) -> None:
    assert woord in " ".join(gevonden(tekst, "interpretatie"))


def test_een_eigen_gevoel_met_het_werkwoord_achteraan_blijft_ongemoeid() -> None:
    assert "interpretatie" not in categorieen("Ik ging weg omdat ik me niet veilig voelde.")
    assert "interpretatie" not in categorieen("We vertrokken omdat wij ons niet veilig voelden.")


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("De jongen heeft er geen zin in.", "er geen zin in"),
        ("Vader heeft geen inzicht in zijn eigen gedrag.", "geen inzicht in"),
        ("Mevrouw is niet te vertrouwen.", "niet te vertrouwen"),
        ("Het meisje zoekt aandacht bij de leiding.", "zoekt aandacht"),
        ("Moeder staat open voor hulp.", "staat open voor"),
        ("Oma was helemaal van slag.", "van slag"),
        ("Hij heeft het naar zijn zin op de groep.", "naar zijn zin"),
    ],
)
def test_motief_inzicht_en_stemming_van_een_ander_worden_gemeld(tekst: str, woord: str) -> None:
    """Motives, insight and mood only the person can report (issue 15: "inner states")."""
    assert woord in " ".join(gevonden(tekst, "interpretatie"))


def test_wie_haar_eigen_gevoel_noemt_krijgt_geen_melding() -> None:
    assert "interpretatie" not in categorieen("Ik was na het gesprek van slag.")


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Je merkt dat de jongen agressief is.", "agressief"),
        ("Je ziet dat moeder afstandelijk is.", "afstandelijk"),
    ],
)
def test_een_algemeen_je_is_de_eigen_stem_van_de_schrijver(tekst: str, woord: str) -> None:
    """'Je merkt dat ...' is the writer generalising her own view, not a named source."""
    assert woord in " ".join(gevonden(tekst, "interpretatie"))


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [("Je bent onduidelijk.", "onduidelijk"), ("Vader is erg moeilijk.", "moeilijk")],
)
def test_een_gewoon_woord_als_oordeel_over_een_persoon_wordt_gemeld(tekst: str, woord: str) -> None:
    assert woord in " ".join(gevonden(tekst, "interpretatie"))


@pytest.mark.parametrize(
    "tekst",
    [
        "Het is onduidelijk wanneer vader thuiskwam.",
        "De blauwe plek is duidelijk zichtbaar.",
        "Het antwoord op de vraag was fout.",
    ],
)
def test_hetzelfde_woord_over_een_zaak_blijft_ongemoeid(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)


@pytest.mark.parametrize(
    ("tekst", "woord"),
    [
        ("Oom vertrouwt de jeugdarts niet.", "vertrouwt de jeugdarts niet"),
        ("De tiener kon slecht met tegenslag omgaan.", "omgaan"),
        ("Het meisje heeft een negatief zelfbeeld.", "zelfbeeld"),
        ("De peuter is erg gehecht aan de oppas.", "gehecht aan"),
        ("Het gaat steeds slechter met opa.", "gaat steeds slechter"),
        ("Zijn taalgebruik in de klas is ontoelaatbaar.", "ontoelaatbaar"),
    ],
)
def test_vertrouwen_omgaan_zelfbeeld_en_oordelen_buiten_het_lexicon_worden_gemeld(
    tekst: str, woord: str
) -> None:
    assert woord in " ".join(gevonden(tekst, "interpretatie"))


@pytest.mark.parametrize(
    "tekst",
    ["Ik vertrouwde de situatie niet en belde mijn collega.", "Ik heb weinig zelfvertrouwen."],
)
def test_het_eigen_vertrouwen_van_de_schrijver_blijft_ongemoeid(tekst: str) -> None:
    assert "interpretatie" not in categorieen(tekst)
