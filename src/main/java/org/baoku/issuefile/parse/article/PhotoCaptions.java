package org.baoku.issuefile.parse.article;

import java.util.regex.Pattern;

/**
 * Tells photo captions ({@code 图为…}, {@code 上图：…}, {@code ▲…}) and picture credits ({@code （新华社记者
 * 李明摄）}, {@code 本报记者 张三摄}) from the story's text. A caption describes a picture, not the news, and
 * whoever took the picture did not write the story, so neither goes into the paragraphs or the byline.
 */
final class PhotoCaptions {

    private static final Pattern CAPTION_START =
            Pattern.compile("^(?:图为|图片为|图片：|图片:|图：|图:|[上下左右中]图[：:为]|图[①-⑳0-9]|[▲△]|■图)");
    private static final Pattern CREDIT_END =
            Pattern.compile("[(（][^()（）]{0,40}(?:摄|摄影|供图|资料图片|图片来源[^()（）]*)[)）]$");
    private static final Pattern CREDIT_LINE =
            Pattern.compile("^[^，。！？,]{0,20}(?:记者|通讯员|摄影)[^，。！？,]{1,20}(?:摄|摄影|供图)$");

    private PhotoCaptions() {
    }

    static boolean isCaption(String line) {
        return CAPTION_START.matcher(line).find() || CREDIT_END.matcher(line).find() || CREDIT_LINE.matcher(line).matches();
    }
}
