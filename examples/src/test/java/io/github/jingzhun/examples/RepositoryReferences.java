package io.github.jingzhun.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the text of a repository refers to, checked against the repository itself: Markdown links and images whose
 * file or anchor is missing, mentions of Markdown documents (or of a directory beside the repository) that the
 * repository does not hold, and citation keys that the rulebook's bibliography does not define. Every problem is
 * a line {@code path:line: what is wrong}.
 *
 * <p>The files are those git tracks, with new files not ignored; without git, every file under the root except
 * build output ({@code target/}) and hidden directories. Text files are those that are well-formed UTF-8 without
 * NUL characters; everything else is skipped.
 */
final class RepositoryReferences {

    /** The rulebook, whose {@code <a id="source-KEY">} anchors define the citation keys. */
    static final String RULEBOOK = "core/RULEBOOK.md";

    /** A Markdown link or image: {@code [text](target "title")}; the text may hold one level of brackets. */
    private static final Pattern LINK =
            Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition: {@code [label]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    /** An HTML link or image inside Markdown. */
    private static final Pattern HTML_LINK = Pattern.compile("<(?:a|img)\\s[^>]*?(?:href|src)=\"([^\"]*)\"");
    /** An explicit anchor: any HTML element's id, or a named anchor. */
    private static final Pattern HTML_ANCHOR = Pattern.compile("<[a-zA-Z][^>]*?\\s(?:id|name)=\"([^\"]+)\"");
    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    /**
     * A mention of a Markdown document, with an optional anchor: a path of word characters, dots, slashes and
     * hyphens ending in {@code .md}, not part of a longer path or of a URL.
     */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w./\\\\-])([\\w.][\\w./-]*\\.md)(?![\\w])(#[\\w-]+)?");
    /** A path that leaves the repository for the directory of documents beside it. */
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared\\b");
    /** Text in square brackets on one line, which may cite several keys separated by commas or semicolons. */
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\[\\]]{1,200})\\]");
    /**
     * A citation key at the start of a bracket or of one of its comma-separated parts: capitals and a year, such as
     * W2021 or EXIT2016, or the word practice.
     */
    private static final Pattern KEY = Pattern.compile("(?:^|[,;]\\s*)([A-Z][A-Z0-9]*[0-9]{4}[a-z]?|practice)\\b");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:|^//");
    private static final Pattern SOURCE_ANCHOR = Pattern.compile("^source-(.+)$");

    private final Path root;
    /** Every file, by its path relative to the root with forward slashes, in order. */
    private final Set<String> files;
    /** The directories that hold files, as relative paths; the root is the empty string. */
    private final Set<String> directories = new TreeSet<>();
    private final Map<String, Optional<String>> texts = new HashMap<>();
    private final Map<String, Set<String>> anchors = new HashMap<>();

    private RepositoryReferences(Path root, Set<String> files) {
        this.root = root;
        this.files = files;
        for (String f : files) {
            for (int slash = f.lastIndexOf('/'); slash > 0; slash = f.lastIndexOf('/', slash - 1)) {
                directories.add(f.substring(0, slash));
            }
        }
        directories.add("");
    }

    /** The references of the repository at a root, over the files git knows there, or every file if not a work tree. */
    static RepositoryReferences of(Path root) {
        return new RepositoryReferences(root, listFiles(root));
    }

    /**
     * The root of the repository this test runs in: the nearest directory, from the working directory up, that
     * holds {@code pom.xml} and {@code core/}.
     */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("core"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with pom.xml and core/ above " + Path.of("").toAbsolutePath());
    }

    Set<String> files() {
        return files;
    }

    /** Links and images of Markdown files whose relative target is not in the repository, or whose anchor is not. */
    List<String> brokenLinks() {
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            if (!file.endsWith(".md")) {
                continue;
            }
            List<String> lines = prose(text(file).orElse(""));
            for (int i = 0; i < lines.size(); i++) {
                for (String target : targets(lines.get(i))) {
                    String problem = checkLink(file, target);
                    if (problem != null) {
                        problems.add(file + ":" + (i + 1) + ": link " + target + ": " + problem);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Mentions, in any text file, of a Markdown document that is not a file of the repository (or of an anchor
     * it lacks), and of the directory of documents beside the repository.
     */
    List<String> staleMentions() {
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            List<String> lines = text(file).map(RepositoryReferences::lines).orElse(List.of());
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher outside = OUTSIDE.matcher(line);
                while (outside.find()) {
                    problems.add(file + ":" + (i + 1) + ": mentions " + outside.group()
                            + ", a directory outside the repository");
                }
                Matcher m = MENTION.matcher(line);
                while (m.find()) {
                    String problem = checkMention(file, m.group(1), m.group(2));
                    if (problem != null) {
                        problems.add(file + ":" + (i + 1) + ": mentions " + m.group() + ": " + problem);
                    }
                }
            }
        }
        return problems;
    }

    /** Citation keys, in Markdown, Java and JShell files, that the rulebook's bibliography does not define. */
    List<String> undefinedKeys() {
        Set<String> defined = definedKeys();
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            if (!(file.endsWith(".md") || file.endsWith(".java") || file.endsWith(".jsh"))) {
                continue;
            }
            List<String> lines = text(file).map(RepositoryReferences::lines).orElse(List.of());
            for (int i = 0; i < lines.size(); i++) {
                Matcher brackets = BRACKETS.matcher(lines.get(i));
                while (brackets.find()) {
                    Matcher m = KEY.matcher(brackets.group(1));
                    while (m.find()) {
                        if (!defined.contains(m.group(1))) {
                            problems.add(file + ":" + (i + 1) + ": cites [" + m.group(1) + "], which " + RULEBOOK
                                    + " does not define (defined: " + defined + ")");
                        }
                    }
                }
            }
        }
        return problems;
    }

    /** The keys the rulebook's bibliography defines: its anchors {@code source-KEY}. */
    Set<String> definedKeys() {
        Set<String> keys = new TreeSet<>();
        if (files.contains(RULEBOOK)) {
            for (String anchor : anchorsOf(RULEBOOK)) {
                Matcher m = SOURCE_ANCHOR.matcher(anchor);
                if (m.matches()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /** The anchors a Markdown file offers: GitHub's heading slugs and explicit HTML ids. */
    Set<String> anchorsOf(String file) {
        return anchors.computeIfAbsent(file, f -> collectAnchors(text(f).orElse("")));
    }

    private static Set<String> collectAnchors(String markdown) {
        Set<String> found = new LinkedHashSet<>();
        Map<String, Integer> slugs = new HashMap<>();
        List<String> all = lines(markdown);
        List<String> prose = prose(markdown);
        for (int i = 0; i < all.size(); i++) {
            Matcher html = HTML_ANCHOR.matcher(all.get(i));
            while (html.find()) {
                found.add(html.group(1));
            }
            String heading = null;
            Matcher atx = ATX_HEADING.matcher(prose.get(i));
            if (atx.matches()) {
                heading = atx.group(1);
            } else if (i + 1 < prose.size() && !prose.get(i).isBlank() && prose.get(i + 1).matches(" {0,3}(=+|-+)\\s*")
                    && !prose.get(i).trim().startsWith("|") && (i == 0 || prose.get(i - 1).isBlank())) {
                heading = prose.get(i).trim();
            }
            if (heading != null) {
                String slug = slug(heading);
                int seen = slugs.merge(slug, 1, Integer::sum) - 1;
                found.add(seen == 0 ? slug : slug + "-" + seen);
            }
        }
        return found;
    }

    /**
     * GitHub's anchor for a heading: the rendered text in lower case, without punctuation other than hyphens and
     * underscores, spaces turned into hyphens.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("<[^>]*>", "")
                .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("[`*~]", "");
        StringBuilder slug = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_'
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    /** The link targets of a line of Markdown prose. */
    private static List<String> targets(String line) {
        List<String> targets = new ArrayList<>();
        for (Pattern p : List.of(LINK, REFERENCE, HTML_LINK)) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                targets.add(m.group(1));
            }
        }
        return targets;
    }

    /** Why a link of a Markdown file is broken, or null if it is not; links to other sites are not checked. */
    private String checkLink(String file, String target) {
        if (target.isEmpty()) {
            return "empty target";
        }
        if (SCHEME.matcher(target).find()) {
            return null;
        }
        int hash = target.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        String resolved = path.isEmpty() ? file : resolve(parent(file), path);
        if (resolved == null) {
            return "leaves the repository";
        }
        if (!files.contains(resolved) && !directories.contains(stripSlash(resolved))) {
            return "no such file in the repository (" + resolved + ")";
        }
        if (anchor != null && resolved.endsWith(".md") && !anchorsOf(resolved).contains(anchor)) {
            return "no anchor #" + anchor + " in " + resolved;
        }
        return null;
    }

    /**
     * Why a mention of a Markdown document is stale, or null: the path may be relative to the mentioning file or
     * to the root, and a bare file name may name a file anywhere in the repository.
     */
    private String checkMention(String file, String path, String hashAnchor) {
        List<String> candidates = new ArrayList<>();
        for (String base : List.of(parent(file), "")) {
            String resolved = resolve(base, path);
            if (resolved != null && files.contains(resolved)) {
                candidates.add(resolved);
            }
        }
        if (candidates.isEmpty() && !path.contains("/")) {
            files.stream().filter(f -> f.equals(path) || f.endsWith("/" + path)).forEach(candidates::add);
        }
        if (candidates.isEmpty()) {
            return "not a file of the repository";
        }
        String anchor = hashAnchor == null ? null : hashAnchor.substring(1);
        if (anchor != null && candidates.stream().noneMatch(c -> anchorsOf(c).contains(anchor))) {
            return "no anchor #" + anchor + " in " + candidates.get(0);
        }
        return null;
    }

    /** A relative path resolved against a directory of the repository, or null if it leaves the repository. */
    private static String resolve(String directory, String relative) {
        String joined = relative.startsWith("/") ? relative.substring(1)
                : directory.isEmpty() ? relative : directory + "/" + relative;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static String parent(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String stripSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r?\n", -1));
    }

    /** The lines of Markdown with fenced code blocks blanked and code spans removed: what renders as prose. */
    private static List<String> prose(String markdown) {
        List<String> out = new ArrayList<>();
        String fence = null;
        for (String line : lines(markdown)) {
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.find()) {
                fence = f.group(1);
                out.add("");
            } else if (fence != null) {
                if (line.trim().startsWith(fence) && line.trim().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
                out.add("");
            } else {
                out.add(CODE_SPAN.matcher(line).replaceAll(" "));
            }
        }
        return out;
    }

    /** The text of a file, if it is a text file. */
    Optional<String> text(String file) {
        return texts.computeIfAbsent(file, f -> {
            try {
                byte[] bytes = Files.readAllBytes(root.resolve(f));
                for (byte b : bytes) {
                    if (b == 0) {
                        return Optional.empty();
                    }
                }
                return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The files git tracks or would add (not ignored) that exist; every file if git cannot say. */
    private static Set<String> listFiles(Path root) {
        Set<String> files = new TreeSet<>();
        List<String> fromGit = gitFiles(root);
        if (fromGit != null) {
            for (String f : fromGit) {
                if (Files.isRegularFile(root.resolve(f))) {
                    files.add(f);
                }
            }
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> Stream.of(f.split("/")).noneMatch(part -> part.equals("target")
                            || part.startsWith(".")))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<String> gitFiles(Path root) {
        if (!Files.exists(root.resolve(".git"))) {
            return null;
        }
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                    .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            git.getOutputStream().close();
            byte[] out = git.getInputStream().readAllBytes();
            if (!git.waitFor(1, TimeUnit.MINUTES) || git.exitValue() != 0) {
                return null;
            }
            List<String> files = new ArrayList<>();
            for (String f : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!f.isEmpty()) {
                    files.add(f);
                }
            }
            return files;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Problems grouped by file, for a readable failure message. */
    static String report(List<String> problems) {
        Map<String, List<String>> byFile = new TreeMap<>();
        for (String p : problems) {
            byFile.computeIfAbsent(p.substring(0, p.indexOf(':')), k -> new ArrayList<>()).add(p);
        }
        StringBuilder out = new StringBuilder();
        byFile.values().forEach(list -> list.forEach(p -> out.append(p).append('\n')));
        return out.toString();
    }
}
