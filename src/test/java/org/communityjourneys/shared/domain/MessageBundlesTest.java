package org.communityjourneys.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void aLanguageIsAllItsFilesTogether() {
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        files.put("chest.properties", Map.of("chest.title", "Community chest"));
        files.put("chest_cy.properties", Map.of("chest.title", "Cist gymunedol"));
        files.put("messages.properties", Map.of("app.name", "Community Journeys"));
        files.put("messages_cy.properties", Map.of("app.name", "Teithiau Cymunedol"));
        assertThat(MessageBundles.merge(files, false))
                .isEqualTo(Map.of("chest.title", "Community chest", "app.name", "Community Journeys"));
        assertThat(MessageBundles.merge(files, true))
                .isEqualTo(Map.of("chest.title", "Cist gymunedol", "app.name", "Teithiau Cymunedol"));
    }

    @Test
    void aKeyInTwoFilesIsRefused() {
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        files.put("chest.properties", Map.of("app.name", "Community chest"));
        files.put("messages.properties", Map.of("app.name", "Community Journeys"));
        assertThatThrownBy(() -> MessageBundles.merge(files, false))
                .hasMessage("The message key app.name is in both chest.properties and messages.properties");
    }

    @Test
    void aKeyWrittenTwiceInOneFileIsRefused() {
        String file = "tasks.refused.notOffered=This task is already done.\n# later, by someone else\n"
                + "tasks.refused.notOffered=This task is not offered to any of your roles.\n";
        assertThatThrownBy(() -> MessageBundles.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                "tasks.properties"))
                .hasMessage("The key tasks.refused.notOffered is written twice in tasks.properties");
    }

    @Test
    void theProductsFilesAreReadFromTheClassPath() {
        assertThat(MessageBundles.files()).containsKeys("messages.properties", "messages_cy.properties");
        assertThat(MessageBundles.bundle(MessageBundles.ENGLISH)).containsEntry("app.name", "Community Journeys");
    }

    @Test
    void aRefusalIsEnglishInItsMessageAndTheReadersLanguageOnScreen() {
        Refused.State refused = Refused.state("ballot.closed");
        assertThat(refused).isInstanceOf(IllegalStateException.class);
        assertThat(refused.getMessage()).isEqualTo("The vote has closed.");
        assertThat(refused.in(MessageBundles.WELSH)).isEqualTo("Mae'r bleidlais wedi cau.");
        Refused.Input input = Refused.input("time.today", "10:00");
        assertThat(input).isInstanceOf(IllegalArgumentException.class);
        assertThat(input.getMessage()).isEqualTo("10:00 today");
        assertThat(input.in(MessageBundles.WELSH)).isEqualTo("10:00 heddiw");
    }
}
