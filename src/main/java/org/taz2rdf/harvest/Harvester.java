package org.taz2rdf.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.taz2rdf.pipeline.Digests;

/**
 * Walks taz menus breadth-first from start points and saves each article's raw response in a folder, named by
 * its id ({@code !5536273.gophermap}, {@code !5536273.gmi}) so that {@code convert} and {@code load} take the id
 * from the name, and records every fetch in {@code index.tsv}. Menus are fetched on every run; an article
 * fetched within the maximum age is kept without a request (so an interrupted harvest resumes), an older one is
 * fetched again and rewritten only if its SHA-256 changed. Not thread-safe.
 */
public final class Harvester {

    /** How far and how much: menu depth below the start points, most articles, and the age that needs no refetch. */
    public record Settings(int depth, int maxArticles, Duration maxAge) {}

    /** Hears of each step, for progress and diagnostics. */
    public interface Listener {
        void article(String id, String outcome);

        void failed(URI address, FetchException problem);
    }

    private record Step(URI address, int depth) {}

    private final Fetcher gopher;
    private final Fetcher gemini;
    private final Path folder;
    private final Settings settings;
    private final Clock clock;
    private final Listener listener;
    private final HarvestIndex index;

    public Harvester(Fetcher gopher, Fetcher gemini, Path folder, Settings settings, Clock clock, Listener listener) {
        this.gopher = gopher;
        this.gemini = gemini;
        this.folder = folder;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
        this.index = new HarvestIndex(folder);
    }

    public HarvestResult run(List<URI> starts) {
        Deque<Step> queue = new ArrayDeque<>();
        starts.forEach(start -> queue.add(new Step(start, 0)));
        Set<String> seenMenus = new HashSet<>();
        Set<String> seenArticles = new HashSet<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int kept = 0;
        int failed = 0;
        int failedMenus = 0;
        List<Path> written = new ArrayList<>();
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            Optional<String> articleId = new Link(step.address()).articleId();
            if (articleId.isPresent()) {
                if (!seenArticles.add(articleId.get())) {
                    continue;
                }
                if (added + changed + unchanged + kept + failed >= settings.maxArticles()) {
                    break;
                }
                String outcome = article(articleId.get(), step.address(), written);
                listener.article(articleId.get(), outcome);
                switch (outcome) {
                    case "added" -> added++;
                    case "changed" -> changed++;
                    case "unchanged" -> unchanged++;
                    case "kept" -> kept++;
                    default -> failed++;
                }
            } else if (seenMenus.add(step.address().toString())) {
                try {
                    Fetched menu = fetcher(step.address()).fetch(step.address());
                    for (Link link : LinkExtractor.links(menu.address(), menu.body())) {
                        if (link.articleId().isPresent() || step.depth() < settings.depth()) {
                            queue.add(new Step(link.address(), step.depth() + 1));
                        }
                    }
                } catch (FetchException e) {
                    listener.failed(step.address(), e);
                    failedMenus++;
                }
            }
        }
        return new HarvestResult(added, changed, unchanged, kept, failed, failedMenus, written);
    }

    private String article(String id, URI address, List<Path> written) {
        Instant now = clock.instant();
        Optional<HarvestIndex.Entry> known = index.get(id);
        if (known.isPresent() && known.get().fetchedAt().isAfter(now.minus(settings.maxAge()))
                && Files.exists(folder.resolve(known.get().file()))) {
            return "kept";
        }
        byte[] response;
        try {
            response = fetcher(address).fetch(address).body();
        } catch (FetchException e) {
            listener.failed(address, e);
            return "failed";
        }
        String sha256 = Digests.sha256(response);
        String file = "!" + id + ("gemini".equalsIgnoreCase(address.getScheme()) ? ".gmi" : ".gophermap");
        String outcome = known.isEmpty() ? "added" : known.get().sha256().equals(sha256) ? "unchanged" : "changed";
        if (!outcome.equals("unchanged") || !Files.exists(folder.resolve(file))) {
            save(folder.resolve(file), response);
            written.add(folder.resolve(file));
        }
        index.record(new HarvestIndex.Entry(id, address.toString(), now, sha256, file));
        return outcome;
    }

    private Fetcher fetcher(URI address) {
        return "gemini".equalsIgnoreCase(address.getScheme()) ? gemini : gopher;
    }

    private static void save(Path file, byte[] bytes) {
        try {
            Path part = file.resolveSibling("." + file.getFileName() + ".part");
            Files.write(part, bytes);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }
}
