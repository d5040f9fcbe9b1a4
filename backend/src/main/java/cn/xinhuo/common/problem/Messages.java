package cn.xinhuo.common.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Problem titles and details in Chinese (the default) or English, from the {@code problems} bundle. */
public final class Messages {

    private static final String BUNDLE = "problems";

    private Messages() {
    }

    /** The caller's language: English when the request prefers it, Chinese otherwise. */
    public static Locale pick(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("zh".equals(l.getLanguage())) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE,
                Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            Object[] resolved = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                // "{key}" arguments are words to translate (e.g. an organization type); ids stay plain text
                resolved[i] = args[i] instanceof String s ? resolve(locale, s) : String.valueOf(args[i]);
            }
            return new MessageFormat(pattern, locale).format(resolved);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Resolves a "{key}" placeholder (as used in field errors); other text is returned as is. */
    public static String resolve(Locale locale, String message, Object... args) {
        if (message != null && message.startsWith("{") && message.endsWith("}")) {
            return get(locale, message.substring(1, message.length() - 1), args);
        }
        return message;
    }
}
