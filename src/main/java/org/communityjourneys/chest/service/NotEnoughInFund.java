package org.communityjourneys.chest.service;

import java.util.Locale;
import org.communityjourneys.shared.domain.Wording;
import org.communityjourneys.shared.domain.Money;
import org.communityjourneys.shared.domain.Worded;

/**
 * A reservation or grant that would overspend a fund; nothing was recorded. The message is in
 * English; a screen shows it in the reader's language ({@link Worded}).
 */
public class NotEnoughInFund extends IllegalStateException implements Worded {

    private final transient Wording wording;

    /** Not enough left in the fund of that name. */
    public NotEnoughInFund(String fundName, long availablePence) {
        this(Wording.of("chest.notEnoughInFund", fundName, Money.format(availablePence)));
    }

    /** Not enough left in what the wording names ("this journey's reservation"). */
    NotEnoughInFund(Wording what, long availablePence) {
        this(Wording.of("chest.notEnoughInFund", what, Money.format(availablePence)));
    }

    private NotEnoughInFund(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    @Override
    public String messageKey() {
        return wording.messageKey();
    }

    @Override
    public Object[] messageArguments() {
        return wording.messageArguments();
    }

    @Override
    public String in(Locale locale) {
        return wording.in(locale);
    }
}
