package io.github.jingzhun.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The bibliography: every document a rule or a parameter value cites, by a short key such as {@code EXIT2016}.
 * Rules list their sources ({@link Rule#sources()}); a parameter value's source is a citation that starts with a
 * key, such as {@code "EXIT2016, exit standards of poor villages and counties"}.
 *
 * <p>Dates are ISO-8601 to the precision the project can vouch for: a day ({@code 2019-04-16}), a month
 * ({@code 2016-04}) or a year ({@code 2018}). Two keys are not documents: {@link #PRACTICE}, for widespread local
 * rules that no national document fixes, and {@link #JINGZHUN}, for this project's own defaults where no document
 * gives a number.
 */
public enum Source {
    /** The 2015 Decision on winning the battle against poverty. */
    DEC2015("Decision of the CPC Central Committee and the State Council on Winning the Battle against Poverty",
            "《中共中央 国务院关于打赢脱贫攻坚战的决定》", "CPC Central Committee and State Council (中共中央、国务院)",
            "2015-11-29", "中发〔2015〕34号", "published on 7 December 2015"),
    /** The 2014 work plan of poverty registration (建档立卡). */
    REG2014("Work Plan for Filing and Registering the Poor (poverty registration)", "《扶贫开发建档立卡工作方案》",
            "State Council Leading Group Office of Poverty Alleviation and Development (国务院扶贫开发领导小组办公室)",
            "2014", null, "registration of poor households and villages from 2014, with the income of 2013"),
    /** The 2016 Opinions on establishing a mechanism of exit from poverty. */
    EXIT2016("Opinions on Establishing a Mechanism for Exit from Poverty", "《关于建立贫困退出机制的意见》",
            "General Office of the CPC Central Committee and General Office of the State Council "
                    + "(中共中央办公厅、国务院办公厅)",
            "2016-04", null, null),
    /** The 2017 implementation measures of the special evaluation of county exit. */
    EVAL2017("Implementation Measures for the Special Evaluation and Inspection of the Exit of Poor Counties",
            "《贫困县退出专项评估检查实施办法》",
            "State Council Leading Group Office of Poverty Alleviation and Development (国务院扶贫开发领导小组办公室)",
            "2017-10", null, "the counties that applied to exit in 2016 were already evaluated by the same four "
                    + "indicators: incidence, wrong-exit rate, missed-identification rate and public recognition"),
    /** Xi Jinping's 2017 speech on deeply impoverished areas. */
    X2017("Speech at the Symposium on Poverty Alleviation in Deeply Impoverished Areas",
            "《在深度贫困地区脱贫攻坚座谈会上的讲话》", "Xi Jinping (习近平)", "2017-06-23",
            null, "delivered in Taiyuan, Shanxi"),
    /** Xi Jinping's 2019 speech on "two assurances and three guarantees". */
    X2019("Speech at the Symposium on Solving Prominent Problems of \"Two Assurances and Three Guarantees\"",
            "《在解决“两不愁三保障”突出问题座谈会上的讲话》", "Xi Jinping (习近平)", "2019-04-16",
            null, "delivered in Chongqing; published in Qiushi (《求是》) 2019 No. 16"),
    /** The 2004 indicator system of rural drinking water safety. */
    WATER2004("Indicator System for Evaluating the Safety and Hygiene of Rural Drinking Water",
            "《农村饮用水安全卫生评价指标体系》", "Ministry of Water Resources and Ministry of Health (水利部、卫生部)",
            "2004-11", "水农〔2004〕547号", "grades 'safe' and 'basically safe' by quality, quantity, convenience "
                    + "and supply guarantee"),
    /** The 2018 evaluation criteria of rural drinking water safety. */
    WATER2018("Evaluation Criteria for Rural Drinking Water Safety", "《农村饮水安全评价准则》",
            "Chinese Hydraulic Engineering Society (中国水利学会)", "2018", "T/CHES 18-2018",
            "the criteria by which the safe-water indicator of the battle against poverty was evaluated"),
    /** The Compulsory Education Law. */
    EDULAW("Compulsory Education Law of the People's Republic of China", "《中华人民共和国义务教育法》",
            "National People's Congress and its Standing Committee (全国人民代表大会及其常务委员会)", "2006-06-29",
            null, "adopted on 12 April 1986; revised on 29 June 2006, in force from 1 September 2006"),
    /** The 2014 guiding opinions on poverty alleviation microcredit. */
    MICRO2014("Guiding Opinions on Innovating and Developing Poverty Alleviation Microcredit",
            "《关于创新发展扶贫小额信贷的指导意见》",
            "State Council Leading Group Office of Poverty Alleviation and Development, with the Ministry of "
                    + "Finance, the People's Bank of China and the banking and insurance regulators "
                    + "(国务院扶贫办、财政部、中国人民银行、银监会、保监会)",
            "2014", "国开办发〔2014〕78号", null),
    /** The 2019 notice on the management of poverty alleviation microcredit. */
    MICRO2019("Notice on Further Regulating and Improving the Management of Poverty Alleviation Microcredit",
            "《关于进一步规范和完善扶贫小额信贷管理的通知》",
            "China Banking and Insurance Regulatory Commission, Ministry of Finance, People's Bank of China and "
                    + "State Council Leading Group Office of Poverty Alleviation and Development "
                    + "(中国银保监会、财政部、中国人民银行、国务院扶贫办)",
            "2019-07", null, null),
    /** The 2020 guiding opinions on monitoring and assistance against relapse. */
    MON2020("Guiding Opinions on Establishing a Mechanism of Monitoring and Assistance to Prevent a Return to Poverty",
            "《关于建立防止返贫监测和帮扶机制的指导意见》",
            "State Council Leading Group of Poverty Alleviation and Development (国务院扶贫开发领导小组)",
            "2020-03-20", "国开发〔2020〕6号", null),
    /** The 2020 opinions on the transition from the battle against poverty to rural revitalisation. */
    LINK2020("Opinions of the CPC Central Committee and the State Council on Linking the Consolidation and Expansion "
            + "of the Achievements of Poverty Alleviation with Rural Revitalisation",
            "《中共中央 国务院关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的意见》",
            "CPC Central Committee and State Council (中共中央、国务院)", "2020-12-16", "中发〔2020〕30号",
            "published on 22 March 2021"),
    /** The 2021 guiding opinions on dynamic monitoring and assistance against relapse. */
    MON2021("Guiding Opinions on Improving the Mechanism of Dynamic Monitoring and Assistance to Prevent a Return to "
            + "Poverty", "《关于健全防止返贫动态监测和帮扶机制的指导意见》",
            "Central Rural Work Leading Group (中央农村工作领导小组)", "2021-05", "中农组发〔2021〕7号", null),
    /** The 2021 white paper on China's poverty alleviation. */
    W2021("Poverty Alleviation: China's Experience and Contribution (white paper)", "《人类减贫的中国实践》白皮书",
            "State Council Information Office (国务院新闻办公室)", "2021-04-06", null, null),
    /** The National Bureau of Statistics' yearly rural poverty monitoring. */
    NBS("China Rural Poverty Monitoring Report", "《中国农村贫困监测报告》",
            "National Bureau of Statistics of China (国家统计局)", null, null,
            "yearly; gives the 2010 line at the prices of each later year"),
    /** Foster, Greer and Thorbecke's poverty measures. */
    FGT1984("A Class of Decomposable Poverty Measures", "A Class of Decomposable Poverty Measures",
            "James Foster, Joel Greer and Erik Thorbecke", "1984", null, "Econometrica 52 (3), 761–766"),
    /** Alkire and Foster's multidimensional poverty measures. */
    AF2011("Counting and Multidimensional Poverty Measurement", "Counting and Multidimensional Poverty Measurement",
            "Sabina Alkire and James Foster", "2011", null, "Journal of Public Economics 95 (7–8), 476–487"),
    /** Widespread provincial practice, not a national rule. */
    PRACTICE("Provincial and county practice: a rule applied widely by local governments that no national document "
            + "fixes", "地方实践", "provinces, cities and counties", null, null,
            "a rule of practice is a parameter a province can change or switch off"),
    /** Jingzhun's own default where no document gives a number. */
    JINGZHUN("Jingzhun's own default, where no document gives a number", "本项目默认值", "the Jingzhun project",
            null, null, "a parameter set of a province or a researcher replaces it");

    /** A word of capitals and digits; boundaries spelt out, as what \\b counts as a word differs across JDKs. */
    private static final Pattern KEY = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9]*(?![A-Za-z0-9_])");

    private final String title;
    private final String originalTitle;
    private final String issuer;
    private final @Nullable String date;
    private final @Nullable String number;
    private final @Nullable String note;

    Source(String title, String originalTitle, String issuer, @Nullable String date, @Nullable String number,
            @Nullable String note) {
        this.title = title;
        this.originalTitle = originalTitle;
        this.issuer = issuer;
        this.date = date;
        this.number = number;
        this.note = note;
    }

    /**
     * The key by which rules and parameter values cite the source.
     *
     * @return the key, such as {@code EXIT2016}, not null
     */
    public String key() {
        return name();
    }

    /**
     * The full title in English.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * The original title: in Chinese for a Chinese document.
     *
     * @return the title, such as {@code 《关于建立贫困退出机制的意见》}, not null
     */
    public String originalTitle() {
        return originalTitle;
    }

    /**
     * Who issued the document or gave the speech, in English with the Chinese name.
     *
     * @return the issuer, not null
     */
    public String issuer() {
        return issuer;
    }

    /**
     * The date of the document, ISO-8601 to the precision known: {@code 2019-04-16}, {@code 2016-04} or
     * {@code 2018}.
     *
     * @return the date, or null for a source that is not one dated document
     */
    public @Nullable String date() {
        return date;
    }

    /**
     * The document number (文号) or standard number.
     *
     * @return the number, such as {@code 中发〔2015〕34号}, or null where none is known
     */
    public @Nullable String number() {
        return number;
    }

    /**
     * Where the source was delivered or published, or what to know about it.
     *
     * @return the note, or null
     */
    public @Nullable String note() {
        return note;
    }

    /**
     * The source in one line: issuer, English title, original title where it differs, date and number.
     *
     * @return the citation, not null
     */
    public String citation() {
        StringBuilder sb = new StringBuilder().append(issuer).append(", ").append(title);
        if (!originalTitle.equals(title)) {
            sb.append(' ').append(originalTitle);
        }
        if (date != null) {
            sb.append(", ").append(date);
        }
        if (number != null) {
            sb.append(", ").append(number);
        }
        if (note != null) {
            sb.append("; ").append(note);
        }
        return sb.toString();
    }

    /**
     * Obtains a source from its key.
     *
     * @param key the key, such as {@code EXIT2016}, not null
     * @return the source, not null
     * @throws IllegalArgumentException if no source has that key
     */
    public static Source parse(String key) {
        for (Source source : values()) {
            if (source.name().equals(key)) {
                return source;
            }
        }
        throw new IllegalArgumentException("unknown source key: " + PersonalData.quoted(key));
    }

    /**
     * The sources a citation names by key, in the order it first names them, such as {@code [MON2020]} for
     * {@code "MON2020, monitoring range"}.
     *
     * @param citation a citation, such as a parameter value's source, not null
     * @return the sources named, without repeats, not null
     */
    public static List<Source> cited(String citation) {
        List<Source> cited = new ArrayList<>();
        Matcher m = KEY.matcher(citation);
        while (m.find()) {
            for (Source source : values()) {
                if (source.name().equals(m.group()) && !cited.contains(source)) {
                    cited.add(source);
                }
            }
        }
        return cited;
    }
}
