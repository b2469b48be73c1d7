package org.diplograph.eval.meetings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.diplograph.facts.Article;
import org.diplograph.ingest.ArticleSink;
import org.diplograph.ingest.ArticleSources;
import org.diplograph.ingest.ReadProblem;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Loads the articles a gold file names: a text file under the evaluation root, the N-th article of a bundled
 * file ({@code data/articles/FILE#N}, relative to the project), or one document of a WMT XML file
 * ({@code FILE.xml#ID}: its English source segments, the first being the headline).
 */
public final class EvalDocuments {
    private EvalDocuments() {
    }

    /** The article, or null when its file is absent on this machine. */
    public static Article load(Path evalRoot, Path projectDir, String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash), part = hash < 0 ? null : ref.substring(hash + 1);
        Path path = file.startsWith("data/") ? projectDir.resolve(file) : evalRoot.resolve(file);
        if (!Files.isRegularFile(path))
            return null;
        if (file.endsWith(".xml"))
            return wmt(path, part);
        List<Article> articles = read(path);
        int n = part == null ? 1 : Integer.parseInt(part);
        return n <= articles.size() ? articles.get(n - 1) : null;
    }

    private static List<Article> read(Path path) {
        List<Article> out = new ArrayList<>();
        new ArticleSources().read(List.of(path.toString()), new ArticleSink() {
            @Override
            public void article(Article article) {
                out.add(article);
            }

            @Override
            public void problem(ReadProblem problem) {
                throw new IllegalStateException("cannot read evaluation document: " + problem);
            }
        });
        return out;
    }

    private static Article wmt(Path path, String id) {
        try {
            var builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            NodeList docs = builder.parse(path.toFile()).getElementsByTagName("doc");
            for (int i = 0; i < docs.getLength(); i++) {
                Element doc = (Element) docs.item(i);
                if (!id.equals(doc.getAttribute("id")))
                    continue;
                NodeList segs = ((Element) doc.getElementsByTagName("src").item(0)).getElementsByTagName("seg");
                StringBuilder text = new StringBuilder();
                for (int k = 0; k < segs.getLength(); k++)
                    text.append(segs.item(k).getTextContent().strip()).append(k == 0 ? "\n\n" : "\n");
                String title = segs.item(0).getTextContent().strip();
                return new Article(path.toString() + "#" + id, path.toString(), id, null, title, null, null, null,
                        null, null, text.toString(), 0);
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
