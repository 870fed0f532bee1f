package org.communityjourneys.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.upload.UploadI18N;
import org.communityjourneys.shared.domain.MessageBundles;
import org.junit.jupiter.api.Test;

class UploadTextsTest {

    @Test
    void theUploadFieldSpeaksTheUisLanguage() {
        UploadI18N welsh = UploadTexts.in(MessageBundles.WELSH);
        assertThat(welsh.getAddFiles().getOne()).isEqualTo("Dewiswch ffeil…");
        assertThat(welsh.getDropFiles().getOne()).isEqualTo("Gollyngwch ffeil yma");
        assertThat(welsh.getError().getFileIsTooBig()).isEqualTo("Mae'r ffeil yn rhy fawr.");
        assertThat(welsh.getFile().getRemove()).isEqualTo("Tynnu");

        UploadI18N english = UploadTexts.in(MessageBundles.ENGLISH);
        assertThat(english.getAddFiles().getOne()).isEqualTo("Choose a file…");
        assertThat(english.getError().getIncorrectFileType()).isEqualTo("This kind of file is not accepted.");
    }
}
