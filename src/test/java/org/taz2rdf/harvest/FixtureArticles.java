package org.taz2rdf.harvest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.taz2rdf.harvest.TazFixtures.Article;

/**
 * The seven <b>fictional</b> articles of {@link TazFixtures}: invented German texts about volunteering, by the
 * invented author Jana Wendland. Real town names are settings only; people, quotes and events are made up.
 */
final class FixtureArticles {

    static final Map<String, Article> ALL = index(List.of(
            new Article("9000101", "Tafeln in Brandenburg", "Mehr Andrang, weniger Spenden",
                    "Die Tafeln in der Lausitz geben jede Woche an mehr Menschen Lebensmittel aus. Gleichzeitig"
                            + " bringen die Supermärkte weniger vorbei.",
                    "/image/7901101/Tafel-Spremberg.jpeg", "Kisten mit Gemüse in der Ausgabestelle in Spremberg",
                    List.of("Cottbus taz | Um neun Uhr stehen schon dreißig Menschen vor der Tür der Ausgabestelle."
                                    + " Drinnen sortiert Gerd Lorenz Kartoffeln, Möhren und Joghurt, der morgen"
                                    + " abläuft. „Früher hat es bis zum Mittag gereicht“, sagt er. „Heute ist um elf"
                                    + " Schluss.“",
                            "Der Landesverband zählt ein Drittel mehr Kundinnen und Kunden als vor zwei Jahren."
                                    + " Viele Ehrenamtliche sind selbst über siebzig, manche helfen [1][auch im"
                                    + " Reparaturcafé nebenan] aus.",
                            "## Weniger Ware aus den Märkten",
                            "Weil die Supermärkte genauer bestellen, bleibt weniger übrig. Der Verband hat [2][in"
                                    + " seinem Jahresbericht] vorgerechnet, dass die gespendete Menge um ein Fünftel"
                                    + " gesunken ist.",
                            "Gerd Lorenz schließt um elf die Tür ab. Morgen, sagt er, komme eine Lieferung aus"
                                    + " einer Bäckerei."),
                    "12 Mar 2025",
                    List.of("/Reparaturcafes/!9000105", "https://www.tafeln-lausitz.example/jahresbericht-2024"),
                    List.of("9000103", "9000105")),
            new Article("9000102", "Ehrenamt im Sportverein", "Wer trainiert die F-Jugend?",
                    "Im SV Blau-Weiß Hemelingen fehlen Trainerinnen und Trainer für die Jüngsten. Die Eltern sollen"
                            + " einspringen, doch die haben selbst kaum Zeit.",
                    null, null,
                    List.of("Dienstags um fünf rennen zwanzig Kinder über den Kunstrasen, und am Rand steht Sabine"
                                    + " Okafor mit einer Trillerpfeife. Eigentlich ist sie Kassenwartin. Seit dem"
                                    + " Sommer trainiert sie auch die F-Jugend, weil sich niemand sonst gemeldet hat.",
                            "Der Verein hat einen Aushang gemacht und eine Rundmail geschrieben. Geantwortet haben"
                                    + " zwei Väter, die jeweils jeden zweiten Freitag können.",
                            "„Ohne Ehrenamt gibt es keinen Breitensport“, sagt Okafor. Sie will trotzdem im"
                                    + " Frühjahr aufhören."),
                    "3 Feb 2025", List.of(), List.of("9000104")),
            new Article("9000103", "Nachbarschaftshilfe in Bremen", "Einkaufen für die Frau von gegenüber",
                    "In der Neustadt hat sich ein Netz aus Nachbarinnen gebildet, die für Ältere einkaufen."
                            + " Organisiert wird alles über einen Zettel im Treppenhaus.",
                    "/image/7901103/Zettel-im-Treppenhaus.jpeg",
                    "Der Zettel im Treppenhaus, auf dem sich Helfende eintragen",
                    List.of("Bremen taz | Der Zettel hängt neben den Briefkästen, mit Tesafilm festgeklebt. Wer"
                                    + " Hilfe braucht, schreibt seinen Namen in die linke Spalte, wer helfen kann,"
                                    + " in die rechte. Inzwischen gibt es drei Zettel in drei Häusern.",
                            "Angefangen hat es mit Frau Petersen aus dem dritten Stock, die nach einer"
                                    + " Hüftoperation nicht mehr zum Markt kam. Jetzt kauft eine Studentin für sie"
                                    + " ein, und Frau Petersen erklärt ihr dafür Statistik."),
                    "20 Jan 2025", List.of(), List.of("9000101", "9000106")),
            new Article("9000104", "Freiwillige Feuerwehr", "Der Pieper geht auch nachts",
                    "In vielen Dörfern halten Freiwillige die Feuerwehr am Laufen. Tagsüber sind aber die meisten"
                            + " bei der Arbeit in der Stadt.",
                    "/image/7901104/Geraetehaus-Lindow.jpeg", "Ein Löschfahrzeug vor dem Gerätehaus in Lindow",
                    List.of("Lindow taz | Als der Pieper losgeht, sitzt Tobias Reuter beim Abendessen. Vier"
                                    + " Minuten später steht er im Gerätehaus, zieht die Stiefel an und wartet auf"
                                    + " die anderen. Es kommen fünf.",
                            "## Tagsüber fehlen die Leute",
                            "Nachts ist die Wehr gut besetzt, tagsüber nicht. Die meisten Mitglieder pendeln nach"
                                    + " Neuruppin oder Berlin. Die Gemeinde überlegt, Beschäftigte des Bauhofs zur"
                                    + " Feuerwehr zu schicken.",
                            "Reuter ist seit fünfzehn Jahren dabei. Aufhören will er nicht, sagt er, aber jünger"
                                    + " werde er auch nicht."),
                    "28 Feb 2025", List.of(), List.of("9000102", "9000107")),
            new Article("9000105", "Reparaturcafés", "Schraubenzieher statt Neukauf",
                    "Einmal im Monat reparieren Freiwillige in einem Gemeindesaal Toaster, Lampen und Hosen. Die"
                            + " Warteliste wird länger.",
                    null, null,
                    List.of("Vor dem Gemeindesaal steht eine Schlange mit Kaffeemaschinen unter dem Arm. Drinnen"
                                    + " beugt sich ein pensionierter Elektriker über einen Föhn, der nur noch auf"
                                    + " der kalten Stufe läuft.",
                            "Etwa zwei Drittel der Geräte werden wieder heil, schätzen die Helfenden. Bei den"
                                    + " übrigen fehlen Ersatzteile, oder das Gehäuse ist verklebt."),
                    "8 Mar 2025", List.of(), List.of("9000101")),
            new Article("9000106", "Bürgerbus auf dem Land", "Fahrplan nach Zuruf",
                    "Seit der Linienbus nur noch zweimal am Tag fährt, steuern Rentner einen Kleinbus durch die"
                            + " Uckermark. Wer mitwill, ruft am Vortag an.",
                    "/image/7901106/Buergerbus-an-der-Kirche.jpeg", "Der Bürgerbus an der Haltestelle vor der Kirche",
                    List.of("Prenzlau taz | Der Bus hat acht Sitze und ein Telefon, das auf dem Küchentisch von"
                                    + " Heinz Albrecht steht. Wer am nächsten Tag zum Arzt oder zum Einkaufen will,"
                                    + " ruft bis 18 Uhr an.",
                            "Finanziert wird der Bus vom Landkreis, gefahren wird er ehrenamtlich. [1][Ein"
                                    + " Gutachten des Verkehrsverbunds] hält das Modell für übertragbar, warnt aber"
                                    + " vor dem Alter der Fahrer.",
                            "Albrecht ist 74. Sein Nachfolger, sagt er, sei schon gefunden: sein Nachbar, 71."),
                    "15 Feb 2025",
                    List.of("https://www.verkehrsverbund-uckermark.example/gutachten/buergerbus.pdf"),
                    List.of("9000103")),
            new Article("9000107", "Ehrenamtspauschale", "Was ein Ehrenamt wert ist",
                    "Wer sich im Verein engagiert, kann einen Teil der Aufwandsentschädigung steuerfrei bekommen."
                            + " Viele wissen davon nichts.",
                    null, null,
                    List.of("Die Pauschale gibt es seit Jahren, doch in vielen kleinen Vereinen wird sie nie"
                                    + " ausgezahlt. Oft fehlt schlicht jemand, der die Formulare kennt.",
                            "Ein Steuerberater aus Kassel bietet deshalb Sprechstunden für Kassenwarte an. Zur"
                                    + " ersten kamen zwölf Leute, zur zweiten vierzig."),
                    "1 Mar 2025", List.of(), List.of("9000104", "9000102"))));

    private FixtureArticles() {}

    private static Map<String, Article> index(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(article -> byId.put(article.id(), article));
        return Collections.unmodifiableMap(byId);
    }
}
