package org.diplograph.extract.time;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.uima.cas.FSIterator;
import org.apache.uima.jcas.JCas;

import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.ProcessorManager;
import de.unihd.dbs.uima.annotator.heideltime.processors.GenericProcessor;
import de.unihd.dbs.uima.annotator.heideltime.processors.HolidayProcessor;
import de.unihd.dbs.uima.types.heideltime.Timex3;

/**
 * HeidelTime's holiday processor, which computes a movable holiday ("Easter", "Good Friday", "Thanksgiving") from its
 * year, given the value of a holiday whose year the text leaves open (an undated article that names "Easter" before
 * any year) before it runs. HeidelTime's own processor tries to compute such a date from the year "XXXX", prints
 * " wrong format" on stderr and gives XXXX-XX-XX: the same value is given here without the attempt, so its message
 * is left for real errors (an unknown function, a malformed rule).
 */
final class OpenYearHolidays extends HolidayProcessor {
    /** HeidelTime's own form of a holiday's value before the processor: "2004-00-00 funcDateCalc(EasterSunday(2004, -2))". */
    private static final Pattern FUNCTION = Pattern.compile("(\\w{4})-\\w\\w-\\w\\w\\s+funcDateCalc\\(.*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @Override
    public void evaluateCalculationFunctions(JCas jcas) {
        List<Timex3> open = new ArrayList<>();
        FSIterator<?> it = jcas.getAnnotationIndex(Timex3.type).iterator();
        while (it.hasNext()) {
            Timex3 t = (Timex3) it.next();
            Matcher m = t.getTimexValue() == null ? null : FUNCTION.matcher(t.getTimexValue());
            if (m != null && m.matches() && !YEAR.matcher(m.group(1)).matches())
                open.add(t);
        }
        for (Timex3 t : open) {
            t.removeFromIndexes();
            t.setTimexValue("XXXX-XX-XX");
            t.addToIndexes();
        }
        super.evaluateCalculationFunctions(jcas);
    }

    /**
     * Puts this processor in the place of HeidelTime's in an initialized annotator (HeidelTime registers its
     * processors by class name, with no way to name another). If HeidelTime's fields are not as expected, its own
     * processor stays, and so does its message.
     */
    static void install(HeidelTime heidelTime) {
        try {
            Field manager = HeidelTime.class.getDeclaredField("procMan");
            manager.setAccessible(true);
            Field processors = ProcessorManager.class.getDeclaredField("processors");
            processors.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<?, List<GenericProcessor>> byPriority = (Map<?, List<GenericProcessor>>) processors.get(manager.get(heidelTime));
            for (List<GenericProcessor> list : byPriority.values())
                list.replaceAll(p -> p.getClass() == HolidayProcessor.class ? new OpenYearHolidays() : p);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // HeidelTime's processor stays: the same values, with its message for an open year
        }
    }
}
