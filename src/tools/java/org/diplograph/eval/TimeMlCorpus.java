package org.diplograph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * TimeML 1.2.1 documents (TempEval-3 TBAQ-cleaned): the creation date from {@code <DCT>}, the plain text of
 * {@code <TEXT>} with all tags stripped, and the inline TIMEX3s as offsets into that text.
 */
public final class TimeMlCorpus {
    private TimeMlCorpus() {
    }

    /** All {@code .tml} files under {@code folder}, in name order; at most {@code limit} (0: all). */
    public static List<TimexDocument> read(Path folder, int limit) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> tml = files.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
            List<TimexDocument> docs = new ArrayList<>();
            for (Path p : tml) {
                if (limit > 0 && docs.size() >= limit)
                    break;
                docs.add(parse(p));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TimexDocument parse(Path file) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            StringBuilder text = new StringBuilder();
            List<TimexDocument.Gold> gold = new ArrayList<>();
            LocalDate dct = null;
            boolean inDct = false, inText = false;
            int timexBegin = -1;
            String type = null, value = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("DCT"))
                        inDct = true;
                    else if (name.equals("TEXT"))
                        inText = true;
                    else if (name.equals("TIMEX3") && inDct)
                        dct = LocalDate.parse(r.getAttributeValue(null, "value").substring(0, 10));
                    else if (name.equals("TIMEX3") && inText) {
                        timexBegin = text.length();
                        type = r.getAttributeValue(null, "type");
                        value = r.getAttributeValue(null, "value");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("DCT"))
                        inDct = false;
                    else if (name.equals("TEXT"))
                        inText = false;
                    else if (name.equals("TIMEX3") && inText && timexBegin >= 0) {
                        gold.add(new TimexDocument.Gold(timexBegin, text.length(), type, value));
                        timexBegin = -1;
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(r.getText());
                }
            }
            String name = file.getParent().getFileName() + "/" + file.getFileName();
            return new TimexDocument(name, text.toString(), dct, gold, 0, text.length(), -1, -1);
        } catch (XMLStreamException e) {
            throw new IOException("bad TimeML in " + file + ": " + e.getMessage(), e);
        }
    }
}
