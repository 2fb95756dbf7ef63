package pstudio.parallelizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Groovy example of the guide in the studio's Help menu runs as written: a master-script
 * example with the guide's whole job script, a job-script example under the guide's scheduler.
 */
class HelpGuideExamplesTest {
    private static final Pattern CODE = Pattern.compile("```groovy\\n(.*?)\\n```", Pattern.DOTALL);

    private static List<String> examples() throws Exception {
        try (InputStream in = HelpGuideExamplesTest.class.getResourceAsStream("/pstudio/ui/help/guide.md")) {
            Matcher m = CODE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            List<String> examples = new ArrayList<>();
            while (m.find()) {
                examples.add(m.group(1));
            }
            return examples;
        }
    }

    private static String last(List<String> examples, String containing) {
        return examples.stream().filter(e -> e.contains(containing)).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void everyExampleRunsWithoutAnError() throws Exception {
        List<String> examples = examples();
        assertTrue(examples.size() >= 7, "the guide's examples: " + examples.size());
        String wholeJob = last(examples, "CreateThread");
        String scheduler = examples.stream().filter(e -> e.contains("CreateJobScheduler")).findFirst().orElseThrow();
        for (String example : examples) {
            boolean job = example.contains("GetActor");
            JobPlace p = new JobPlace(job ? scheduler : example, job ? example : wholeJob).runToEnd();
            assertEquals(List.of(), p.errors(), example + "\n--\n" + p.output());
        }
    }

    @Test
    void theDispatchExamplePrintsItsEarlyLineThenTheSquareRoots() throws Exception {
        List<String> examples = examples();
        JobPlace p = new JobPlace(last(examples, "This will run before"), last(examples, "CreateThread")).runToEnd();
        List<String> prints = p.prints();
        assertEquals("This will run before the dispatch has finished!", prints.get(0), p.output());
        assertTrue(prints.get(1).startsWith("[1, 1.4142135623730951, 1.7320508075688772, 2, "), prints.get(1));
        assertTrue(prints.get(1).endsWith(", 32]"), prints.get(1));
    }
}
