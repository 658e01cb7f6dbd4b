package org.taz2rdf.bench;

import java.util.List;

/**
 * The word and phrase lists the corpus generator builds its fictional German-looking text from. Written for the
 * benchmarks; no sentence of a real article is in here. Real town names serve as settings only, and the person
 * names are combinations of common first and last names, not anyone in particular.
 */
final class Lexicon {

    private Lexicon() {}

    /** Singular subjects, as they stand after a verb (lower case where they start with an article). */
    static final List<String> SUBJECTS = List.of(
            "die Stadtverwaltung", "der Senat", "die Bezirksbürgermeisterin", "der Landrat",
            "eine Sprecherin des Ministeriums", "die Opposition im Landtag", "der Mieterverein", "die Gewerkschaft",
            "der Elternbeirat", "die Initiative", "der Verkehrsverbund", "die Landesregierung", "der Stadtrat",
            "die Fraktion der Grünen", "ein Sprecher der Polizei", "die Betreiberfirma", "der Bauausschuss",
            "eine Anwohnerin", "ein Pendler aus dem Umland", "der Umweltverband", "der Rechnungshof",
            "die Kommission", "der Verband der Wohnungswirtschaft", "die Bürgerinitiative", "der Kreistag",
            "die Schulleiterin", "der Betriebsrat", "die Stiftung", "das Jugendamt", "das Verwaltungsgericht",
            "der Hafenbetrieb", "die Feuerwehr", "der Landesverband", "die Kirchengemeinde", "das Bündnis",
            "der Fachverband", "die Projektgruppe", "der Bürgermeister", "die Senatorin", "der Stadtwerkechef",
            "eine Vertreterin der Anwohner*innen", "der Sozialverband", "die Handwerkskammer", "das Bezirksamt",
            "die Verbraucherzentrale", "der Seniorenbeirat", "die Hochschulleitung", "das Landesamt");

    /** Verbs in the third person singular that take an accusative object. */
    static final List<String> VERBS = List.of(
            "kritisiert", "fordert", "plant", "prüft", "verteidigt", "begrüßt", "bezweifelt", "unterstützt",
            "verschiebt", "blockiert", "verlangt", "bemängelt", "lobt", "befürchtet", "erwartet", "diskutiert",
            "verhandelt", "überarbeitet", "finanziert", "beschließt", "ändert", "stoppt", "vertagt", "untersucht",
            "verwirft", "bestätigt", "übernimmt", "kippt", "öffnet", "bündelt");

    /** Accusative objects. */
    static final List<String> OBJECTS = List.of(
            "den Haushaltsentwurf", "die neue Verordnung", "das Förderprogramm", "den Ausbau der Radwege",
            "die Mietobergrenze", "den Neubau der Brücke", "die Schließung der Filiale", "das Gutachten",
            "die Zahlen des Vorjahres", "den Zeitplan", "die Kürzungen im Sozialetat", "eine schnelle Lösung",
            "mehr Personal", "den Verkauf der Flächen", "die Sanierung der Schulen", "den Umbau des Bahnhofs",
            "die Pläne für das Quartier", "ein Moratorium", "die Verlängerung des Vertrags", "den Entwurf der Behörde",
            "die Preiserhöhung", "das neue Konzept", "die Kosten für den Umbau", "den Abriss der Halle",
            "eine unabhängige Prüfung", "die Ausweitung der Tempo-30-Zonen", "den Bau neuer Wohnungen",
            "die Zusammenlegung der Ämter", "den Streit über die Zuständigkeit", "die Förderung der Vereine",
            "das Bürgerbegehren", "den Antrag der Fraktion", "die Ausschreibung", "den Winterdienst",
            "die Taktung der Busse", "den Schutz der Uferwiesen", "die Zukunft des Freibads", "das Parkraumkonzept");

    /** Adverbials of time, place and manner. */
    static final List<String> ADVERBIALS = List.of(
            "seit Monaten", "am Dienstag", "im Stadtrat", "nach langem Streit", "trotz aller Bedenken",
            "bereits im Frühjahr", "vor der Sommerpause", "ohne Rücksprache", "erneut", "nun doch",
            "zum wiederholten Mal", "im Herbst", "bis Jahresende", "in einer Stellungnahme", "auf Nachfrage der taz",
            "mit Nachdruck", "überraschend", "offenbar", "vorerst", "seit dem Winter", "in der kommenden Woche",
            "kurz vor der Wahl", "im Ausschuss", "hinter verschlossenen Türen", "am Mittwochabend",
            "zum Jahresbeginn", "nach der Anhörung", "ungewöhnlich deutlich");

    /** Subordinate clauses, each starting with a comma. */
    static final List<String> CLAUSES = List.of(
            ", weil die Mittel fehlen", ", obwohl der Bund einen Teil der Kosten trägt",
            ", solange keine Einigung in Sicht ist", ", damit die Arbeiten im Sommer beginnen können",
            ", wie aus einem internen Papier hervorgeht", ", heißt es aus dem Rathaus",
            ", auch wenn das Geld knapp ist", ", bevor der Winter kommt", ", seit die Preise gestiegen sind",
            ", ohne dass jemand widerspricht", ", nachdem die Frist abgelaufen war", ", während die Baustelle ruht",
            ", sodass die Entscheidung erneut vertagt wird", ", falls der Landtag zustimmt");

    /** Short sentences that stand alone. */
    static final List<String> SHORT_SENTENCES = List.of(
            "Eine Antwort steht noch aus.", "Das Verfahren läuft.", "Entschieden ist noch nichts.",
            "Die Zeit drängt.", "Geändert hat sich seither wenig.", "Ein Termin steht nicht fest.",
            "Die Kosten steigen weiter.", "Niemand will sich festlegen.", "Der Streit geht weiter.",
            "Mehr ist nicht bekannt.", "Das Ergebnis ist offen.", "Es bleibt kompliziert.",
            "Die Frist endet im März.", "Das sehen nicht alle so.", "Dafür fehlt bislang das Geld.");

    /** What people are quoted saying. */
    static final List<String> QUOTES = List.of(
            "Wir haben lange genug gewartet", "Das ist kein Zustand", "So kann es nicht weitergehen",
            "Niemand hat uns gefragt", "Wir sind gesprächsbereit, aber nicht geduldig",
            "Das Geld ist da, es fehlt der Wille", "Am Ende zahlen die Mieterinnen",
            "Ich verstehe die Aufregung nicht", "Es geht hier um Jahrzehnte", "Wir bleiben dran",
            "Das hätte man früher wissen können", "Wir brauchen eine Lösung für alle",
            "Es ist nicht unsere Aufgabe, das zu bezahlen", "Die Leute haben ein Recht auf Klarheit");

    /** Topics: nouns used for kickers, tags and slugs. */
    static final List<String> TOPICS = List.of(
            "Wohnungsnot", "Verkehrswende", "Klimaschutz", "Schulreform", "Hafenumbau", "Mietendeckel",
            "Radverkehr", "Energiewende", "Pflegenotstand", "Kitaplätze", "Nahverkehr", "Stadtentwicklung",
            "Wasserversorgung", "Landwirtschaft", "Artenschutz", "Digitalisierung", "Asylpolitik",
            "Bürgerbeteiligung", "Ladenschluss", "Denkmalschutz", "Lehrermangel", "Kohleausstieg",
            "Fachkräftemangel", "Grundsteuer", "Krankenhausreform", "Tierschutz", "Obdachlosigkeit", "Jugendarbeit",
            "Kulturförderung", "Sportstätten", "Hochwasserschutz", "Windkraft", "Solarpflicht", "Tempolimit",
            "Bahnstrecke", "Flughafenausbau", "Stromnetz", "Fernwärme", "Bauordnung", "Clubkultur",
            "Theaterförderung", "Bibliotheken", "Polizeireform", "Datenschutz", "Videoüberwachung", "Sozialticket",
            "Kinderarmut", "Rentenreform", "Mindestlohn", "Tarifstreit", "Ladeinfrastruktur", "Stadtbäume",
            "Kleingärten", "Spielplätze", "Wochenmärkte", "Fahrradstraßen", "Parkgebühren", "Schwimmbäder",
            "Hitzeschutz", "Trinkbrunnen", "Gewerbesteuer", "Wohngeld", "Zweckentfremdung", "Ferienwohnungen",
            "Leerstand", "Nachverdichtung", "Schulbau", "Ganztagsschule", "Inklusion", "Integrationskurse",
            "Sprachförderung", "Ehrenamt", "Vereinsleben", "Stadtteilzentren", "Musikschulen", "Museumsbau",
            "Gedenkstätten", "Fährverkehr", "Deichbau", "Moorschutz");

    /** Places used as settings. */
    static final List<String> PLACES = List.of(
            "Berlin", "Hamburg", "Bremen", "Leipzig", "Dresden", "Kiel", "Rostock", "Hannover", "Kassel", "Erfurt",
            "Jena", "Halle", "Magdeburg", "Potsdam", "Cottbus", "Köln", "Bochum", "Dortmund", "Münster",
            "Bielefeld", "Osnabrück", "Oldenburg", "Lübeck", "Flensburg", "Greifswald", "Schwerin", "Göttingen",
            "Marburg", "Gießen", "Mainz", "Freiburg", "Tübingen", "Konstanz", "Würzburg", "Bamberg", "Nürnberg",
            "Regensburg", "Augsburg", "München", "Saarbrücken", "Trier", "Aachen", "Wuppertal", "Neukölln",
            "Kreuzberg", "Altona", "Wedding", "Gaarden", "Lichtenberg", "Emsland", "Uckermark", "Lausitz",
            "Wendland", "Harz", "Eifel");

    /** Rubrics of columns. */
    static final List<String> COLUMNS = List.of(
            "Landleben", "Großstadtgeflüster", "Nachtschicht", "Kleinkram", "Alltagsfragen", "Bauchgefühl");

    static final List<String> HEADLINE_ADJECTIVES = List.of(
            "Leere", "Neue", "Alte", "Hohe", "Lange", "Späte", "Kalte", "Teure", "Schnelle", "Stille", "Offene",
            "Halbe", "Große", "Kleine", "Falsche", "Gute");

    static final List<String> HEADLINE_NOUNS = List.of(
            "Kassen", "Versprechen", "Wege", "Mieten", "Pläne", "Nächte", "Hallen", "Brücken", "Züge", "Fragen",
            "Zahlen", "Räume", "Wände", "Felder", "Ufer", "Türen", "Gärten", "Straßen", "Dächer", "Listen");

    /** What an image shows. */
    static final List<String> IMAGE_SUBJECTS = List.of(
            "Baustelle am Ufer", "Wartende an der Haltestelle", "Protest vor dem Rathaus", "Blick auf das Quartier",
            "Leere Regale in einer Filiale", "Ein Kran über den Dächern", "Radfahrende auf der neuen Spur",
            "Sitzung im Ratssaal", "Das geschlossene Freibad", "Container auf dem Schulhof", "Ein Bus im Schneeregen",
            "Plakate an einem Bauzaun", "Die alte Halle kurz vor dem Abriss", "Helferinnen bei der Essensausgabe");

    static final List<String> IMAGE_DETAILS = List.of(
            ", im Hintergrund der Fernsehturm", " am frühen Morgen", ", aufgenommen im vergangenen Herbst",
            " im Nebel", ", kurz vor Mitternacht", " während der Bauarbeiten", "");

    /** Hosts of external links (the reserved TLD .example, RFC 2606, is appended). */
    static final List<String> HOSTS = List.of(
            "hafenbetriebe", "datenschutz-nord", "verkehrsverbund-nord", "stadtarchiv-mitte", "landesamt-statistik",
            "umweltdaten-portal", "mieterverein-sued", "kulturrat-ost", "energieagentur-west", "bildungsserver",
            "naturschutz-nord", "rechnungshof-land");

    static final List<String> FIRST_NAMES = List.of(
            "Jana", "Tarek", "Ole", "Mareike", "Svenja", "Paul", "Lukas", "Ruth", "Hanne", "Friederike", "Malte",
            "Birte", "Piet", "Edda", "Jonas", "Merle", "Deniz", "Aylin", "Henrik", "Katrin", "Sönke", "Jörn", "Ute",
            "Maren", "Timo", "Nils", "Frauke", "Gesa", "Levent", "Mira", "Anton", "Clara", "Emil", "Ida", "Hannes",
            "Lotte", "Kerstin", "Björn", "Sabine", "Stefan", "Wiebke", "Thies", "Dörte", "Yasemin", "Konstantin",
            "Vera", "Ronja", "Jule", "Torben", "Gunnar", "Heike", "Lennart", "Nora", "Fenja", "Bastian", "Selin",
            "Carla", "Moritz", "Greta", "Arne");

    static final List<String> LAST_NAMES = List.of(
            "Wiegand", "Bölling", "Hinrichsen", "Thoms", "Kolbeck", "Dreyer", "Brenner", "Albers", "Lüttjohann",
            "Sauer", "Reese", "Kallmeyer", "Andersen", "Marquardt", "Petersen", "Hansen", "Jürgensen", "Ohlsen",
            "Quade", "Rahlfs", "Behrens", "Claußen", "Diekmann", "Eggers", "Fehrs", "Garbers", "Harms", "Iwersen",
            "Janßen", "Kruse", "Lorenzen", "Martens", "Nissen", "Otten", "Pahl", "Rickmers", "Schröder",
            "Tiedemann", "Ulrich", "Voss", "Witt", "Zander", "Böttcher", "Köhler", "Müller-Lenz", "Özdemir",
            "Yıldız", "Kowalski", "Nowak", "Schulze", "Fröhlich", "Grünewald", "Hübner", "Jäger", "Kühn", "Lührs",
            "Möller", "Nölke", "Pöhls", "Rößler", "Schäfer", "Thießen", "Wöhler", "Zöllner", "Albrecht", "Brandt",
            "Carstens", "Dohrmann", "Ebeling", "Frerichs", "Gerdes", "Hollmann", "Ihde", "Jeschke", "Kähler",
            "Lampe", "Meinert", "Neumann", "Oltmanns", "Prange");
}
