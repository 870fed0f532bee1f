package org.communityjourneys.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.Locale;

/**
 * The words Vaadin's upload field shows by itself (its button, drop hint, progress and errors), from
 * the bundle ({@code upload.*}) in the UI's language; without them it speaks American English.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Gives the field its words in the UI's language. */
    public static void apply(Upload upload) {
        upload.setI18n(in(Translations.current()));
    }

    static UploadI18N in(Locale locale) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(word(locale, "dropOne")).setMany(word(locale, "dropMany")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(word(locale, "addOne")).setMany(word(locale, "addMany")))
                .setError(new UploadI18N.Error().setTooManyFiles(word(locale, "tooMany"))
                        .setFileIsTooBig(word(locale, "tooBig")).setIncorrectFileType(word(locale, "wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(word(locale, "connecting"))
                                .setStalled(word(locale, "stalled")).setProcessing(word(locale, "processing"))
                                .setHeld(word(locale, "held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(word(locale, "remaining"))
                                .setUnknown(word(locale, "remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(word(locale, "serverUnavailable"))
                                .setUnexpectedServerError(word(locale, "serverError")).setForbidden(word(locale, "forbidden"))))
                .setFile(new UploadI18N.File().setRetry(word(locale, "retry")).setStart(word(locale, "start"))
                        .setRemove(word(locale, "remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    private static String word(Locale locale, String key) {
        return Translations.text(locale, "upload." + key);
    }
}
