package org.storecrm.accounts.internal;

import java.util.Locale;
import org.storecrm.accounts.internal.accounts.Account;
import org.storecrm.platform.web.api.Texts;

/** The accounts module's texts that services hand out (a credit refusal's reason, a hold's). */
public final class AccountsTexts {
  public static final String BUNDLE = "org.storecrm.accounts.messages";

  private AccountsTexts() {}

  public static String format(Locale locale, String key, Object... arguments) {
    return Texts.format(BUNDLE, key, locale, arguments);
  }

  /** Why the account is on credit hold: the invoice that became overdue and since when. */
  public static String holdReason(Account account, Locale locale) {
    return account.holdInvoiceId() == null
        ? format(locale, "credit.hold")
        : format(
            locale,
            "credit.holdInvoice",
            String.valueOf(account.holdInvoiceId()),
            String.valueOf(account.holdSince()));
  }
}
