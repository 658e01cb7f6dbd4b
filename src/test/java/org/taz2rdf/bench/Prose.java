package org.taz2rdf.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Fictional German-looking sentences, titles and captions from the {@link Lexicon}, drawn with one random source. */
final class Prose {

    private final SplittableRandom random;
    private final Pools pools;

    Prose(SplittableRandom random, Pools pools) {
        this.random = random;
        this.pools = pools;
    }

    private String pick(List<String> values) {
        return Text.pick(random, values);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A statement: subject first or adverbial first (verb second), sometimes with a subordinate clause. */
    String statement() {
        String clause = chance(30) ? pick(Lexicon.CLAUSES) : "";
        if (chance(55)) {
            String adverbial = chance(50) ? pick(Lexicon.ADVERBIALS) + " " : "";
            return Text.capitalise(pick(Lexicon.SUBJECTS)) + " " + pick(Lexicon.VERBS) + " " + adverbial
                    + pick(Lexicon.OBJECTS) + clause + ".";
        }
        return Text.capitalise(pick(Lexicon.ADVERBIALS)) + " " + pick(Lexicon.VERBS) + " " + pick(Lexicon.SUBJECTS)
                + " " + pick(Lexicon.OBJECTS) + clause + ".";
    }

    /** Any body sentence: statements, short remarks and quotations. */
    String sentence() {
        int kind = random.nextInt(100);
        if (kind < 10) {
            return pick(Lexicon.SHORT_SENTENCES);
        }
        if (kind < 22) {
            return "„" + pick(Lexicon.QUOTES) + "“, sagt " + pools.author(random).name() + ".";
        }
        return statement();
    }

    /** A paragraph of at least {@code words} words, as a list of words. */
    List<String> paragraph(int words) {
        List<String> out = new ArrayList<>();
        while (out.size() < words) {
            for (String word : sentence().split(" ")) {
                out.add(word);
            }
        }
        return out;
    }

    String kicker() {
        int kind = random.nextInt(100);
        if (kind < 35) {
            return pick(Lexicon.TOPICS) + " in " + pick(Lexicon.PLACES);
        } else if (kind < 50) {
            return "Streit um " + pick(Lexicon.TOPICS);
        } else if (kind < 65) {
            return pick(Lexicon.TOPICS);
        } else if (kind < 75) {
            return "Kommentar " + pick(Lexicon.TOPICS);
        } else if (kind < 83) {
            return "Die Wahrheit";
        } else if (kind < 90) {
            return "Kolumne " + pick(Lexicon.COLUMNS);
        }
        return "Neues aus " + pick(Lexicon.PLACES);
    }

    String headline() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(Lexicon.HEADLINE_ADJECTIVES) + " " + pick(Lexicon.HEADLINE_NOUNS) + " und "
                    + pick(Lexicon.HEADLINE_ADJECTIVES).toLowerCase(java.util.Locale.ROOT) + " "
                    + pick(Lexicon.HEADLINE_NOUNS);
            case 1 -> "Wer zahlt für " + pick(Lexicon.OBJECTS) + "?";
            case 2 -> Text.capitalise(pick(Lexicon.SUBJECTS)) + " " + pick(Lexicon.VERBS) + " "
                    + pick(Lexicon.OBJECTS);
            case 3 -> "Warten auf " + pick(Lexicon.OBJECTS);
            case 4 -> "Mehr " + pick(Lexicon.HEADLINE_NOUNS) + ", weniger " + pick(Lexicon.HEADLINE_NOUNS);
            default -> pick(Lexicon.HEADLINE_NOUNS) + " ohne " + pick(Lexicon.HEADLINE_NOUNS) + " in "
                    + pick(Lexicon.PLACES);
        };
    }

    String subheading() {
        return switch (random.nextInt(4)) {
            case 0 -> "Warten auf " + pick(Lexicon.OBJECTS);
            case 1 -> pick(Lexicon.HEADLINE_ADJECTIVES) + " " + pick(Lexicon.HEADLINE_NOUNS);
            case 2 -> "Streit um " + pick(Lexicon.OBJECTS);
            default -> "Was " + pick(Lexicon.SUBJECTS) + " will";
        };
    }

    /**
     * A lead of one to three statements. Its lines, wrapped as a lead ({@code > } + 73) and as a teaser (75),
     * stay within meulie's 79 bytes and hold no {@code ": "}, so that a related-article list that shows it
     * can always be split into its entries (a cut teaser line hides where an entry ends).
     */
    String lead() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int sentences = 1 + random.nextInt(3);
            StringBuilder lead = new StringBuilder(statement());
            for (int i = 1; i < sentences; i++) {
                lead.append(' ').append(chance(25) ? pick(Lexicon.SHORT_SENTENCES) : statement());
            }
            String text = lead.toString();
            if (fitsUncut(text)) {
                return text;
            }
        }
        return "Der Streit geht weiter. Das Ergebnis ist offen.";
    }

    private static boolean fitsUncut(String text) {
        if (text.contains(": ")) {
            return false;
        }
        for (String line : Text.wrap(text, Text.WRAP - 2)) {
            if (Text.utf8Length("> " + line) > Text.CUT_BYTES) {
                return false;
            }
        }
        for (String line : Text.wrap(text, Text.WRAP)) {
            if (Text.utf8Length(line) > Text.CUT_BYTES) {
                return false;
            }
        }
        return true;
    }

    /** An image caption, sometimes with a {@code Foto:} credit. */
    String caption() {
        String caption = pick(Lexicon.IMAGE_SUBJECTS) + " in " + pick(Lexicon.PLACES) + pick(Lexicon.IMAGE_DETAILS);
        return chance(30) ? caption + " Foto: " + pools.author(random).name() : caption;
    }

    /** An external address on a reserved {@code .example} host, 30 to 150 characters long. */
    String externalUrl() {
        StringBuilder url = new StringBuilder("https://www.").append(pick(Lexicon.HOSTS)).append(".example");
        int segments = 1 + random.nextInt(5);
        for (int i = 0; i < segments; i++) {
            url.append('/');
            url.append(switch (random.nextInt(4)) {
                case 0 -> Integer.toString(2010 + random.nextInt(16));
                case 1 -> Text.slug(pick(Lexicon.PLACES)).toLowerCase(java.util.Locale.ROOT);
                default -> Text.slug(pick(Lexicon.TOPICS)).toLowerCase(java.util.Locale.ROOT)
                        + (chance(40) ? "-" + Text.slug(pick(Lexicon.OBJECTS)).toLowerCase(java.util.Locale.ROOT) : "");
            });
        }
        if (chance(30)) {
            url.append(chance(50) ? ".html" : ".pdf");
        }
        return url.toString();
    }
}
