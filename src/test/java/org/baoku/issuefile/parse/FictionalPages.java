package org.baoku.issuefile.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Pages of 云岭日报, a fictional daily written for these tests (not real news), and access to the shared
 * real sample page.
 */
public final class FictionalPages {

    /** A front page: masthead on three lines, date cut by OCR, two stories, one continued on A02. */
    public static final String FRONT_PAGE = """



            2024年5月 20

            中共云岭市委主管主办 云岭日报社出版 总第5120期 今日8版
            甲辰年四月十三 星期一 国内统一连续出版物号: CN 88-0001 社长: 林木

            # 云岭新区首批企业入驻

            本报讯 (记者王小明、李华)5月19日,云岭新区举行首批企业入驻仪式,12家企业签约落户,总投资约46亿元。

            新区管委会负责人介绍,首批入驻企业涵盖新材料、智能制造和现代物流等领域。(下转A02版)①

            ## 河湖治理取得新进展

            本报记者 张青

            今年以来,我市持续推进河湖治理,完成河道清淤38公里,新建生态护岸12公里。
            """;

    /** An inner page with its header on one line. */
    public static final String INNER_PAGE = """
            A02 要闻 2024年5月20日 星期一 责任编辑：周文

            (上接A01版)①新区还将配套建设人才公寓和职工食堂,为入驻企业提供全周期服务。

            # 云岭港新开两条航线

            本报讯（记者陈东）5月18日,云岭港新开通至沿海港口的两条集装箱航线。
            """;

    /** The shared real front page, if the checkout has ../shared. */
    public static final Path SHARED_SAMPLE = Path.of("..", "shared", "samples", "000_528cc057e7984c5f.txt");

    private FictionalPages() {
    }

    public static boolean sharedSampleAvailable() {
        return Files.isRegularFile(SHARED_SAMPLE);
    }

    public static byte[] sharedSample() throws IOException {
        return Files.readAllBytes(SHARED_SAMPLE);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
