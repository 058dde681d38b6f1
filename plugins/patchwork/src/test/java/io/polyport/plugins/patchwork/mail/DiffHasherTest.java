package io.polyport.plugins.patchwork.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffHasherTest {
    private static final String DIFF = """
            diff --git a/hello.c b/hello.c
            index 77eaab0..cc040a3 100644
            --- a/hello.c
            +++ b/hello.c
            @@ -2,6 +2,6 @@
            \s
             int main(void)
             {
            -\tprintf("hello\\n");
            +\tprintf("hello, world\\n");
             \treturn 0;
             }
            """;

    @Test
    void hashesAsPatchworkDoes() {
        assertThat(DiffHasher.hash(DIFF)).isEqualTo("9f3503053f408a93c2140515d6c430dda14d5f4d");
    }

    @Test
    void ignoresLineNumbersTopDirectoriesIndexLinesAndCarriageReturns() {
        String moved = DIFF.replace("@@ -2,6 +2,6 @@", "@@ -20,6 +21,6 @@").replace("a/hello.c", "x/hello.c")
                .replace("index 77eaab0..cc040a3", "index 0000000..1111111").replace("\n", "\r\n");
        assertThat(DiffHasher.hash(moved)).isEqualTo(DiffHasher.hash(DIFF));
        assertThat(DiffHasher.hash(DIFF.replace("hello, world", "hello, all"))).isNotEqualTo(DiffHasher.hash(DIFF));
    }
}
