package io.polyport.plugins.rt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polyport.plugins.rt.form.RtForm;
import io.polyport.plugins.rt.form.RtForms;
import io.polyport.plugins.rt.form.RtSyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RT's text forms, read and written as RT's own form_parse and form_compose do. */
class RtFormsTest {

    @Test
    void continuationLinesJoinTheirFieldWithTheCommonIndentRemoved() {
        RtForm form = RtForms.parseOne("id: ticket/new\nQueue: General\nText: first line\n  second line\n"
                + "    indented more\nCF.{Need For Approval}: Yes\n");
        assertThat(form.value("text")).hasValue("first line\nsecond line\n  indented more");
        assertThat(form.value("CF.{Need For Approval}")).hasValue("Yes");
        assertThat(form.value("QUEUE")).hasValue("General");
        assertThat(form.fields()).extracting(RtForm.Field::key)
                .containsExactly("id", "Queue", "Text", "CF.{Need For Approval}");
    }

    @Test
    void commentsBeforeTheFieldsAndSeveralForms() {
        List<RtForm> forms = RtForms.parse("# Ticket 2 created.\n\nid: 2\n\n--\n\nid: 3\nSubject: \n");
        assertThat(forms).hasSize(2);
        assertThat(forms.get(0).comments()).containsExactly("Ticket 2 created.");
        assertThat(forms.get(1).value("Subject")).hasValue("");
    }

    @Test
    void aLineThatIsNoFieldIsASyntaxError() {
        assertThatThrownBy(() -> RtForms.parse("Subject: x\nthis is not a field\n"))
                .isInstanceOf(RtSyntaxException.class).hasMessage("this is not a field");
    }

    @Test
    void multiLineValuesAreIndentedBetweenBlankLines() {
        RtForm form = new RtForm().put("id", "41").put("Description", "Ticket created by alice")
                .put("Content", "first line\nsecond line").put("Creator", "alice");
        assertThat(RtForms.compose(List.of(form))).isEqualTo("id: 41\nDescription: Ticket created by alice\n\n"
                + "Content: first line\n         second line\n\nCreator: alice\n");
        assertThat(RtForms.parseOne(RtForms.compose(List.of(form))).value("Content"))
                .hasValue("first line\nsecond line");
    }

    @Test
    void composedFormsAreSeparatedByDashes() {
        String text = RtForms.compose(List.of(new RtForm().put("id", "ticket/1"),
                new RtForm().comment("Ticket 9 does not exist.")));
        assertThat(text).isEqualTo("id: ticket/1\n\n--\n\n# Ticket 9 does not exist.\n\n");
    }
}
