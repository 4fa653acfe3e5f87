package com.programdesk.demo.service;

import com.programdesk.institution.domain.Institution;
import com.programdesk.training.domain.Trainee;
import com.programdesk.training.domain.TraineeInput;
import com.programdesk.training.domain.TrainingSession;
import com.programdesk.training.service.TrainingService;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pilot's 人流后避孕服务宣教员培训 (13–14 June 2024, 市妇幼保健院): a roster of twelve 宣教员 from the hospitals and township
 * centres, two sessions with their sign-ins as the phones recorded them (two late, one absent from the second afternoon, one
 * signed in by the organiser), and the assessment: ten passed and can have their certificate, one scored too low.
 */
@Component
class DemoTrainings {

    private static final String TITLE = "人流后避孕服务宣教员培训";
    /** Name, institution code, department, job title, score; the last two missed a session. */
    private static final List<Object[]> ROSTER = List.of(
            new Object[] {"陈晓燕", "YQ-MCH", "妇产科", "主管护师", "95"},
            new Object[] {"林丽娜", "YQ-MCH", "计划生育科", "护师", "91"},
            new Object[] {"王秀芬", "YQ-H2", "妇产科", "护师", "88"},
            new Object[] {"郑佳佳", "YQ-H2", "手术室", "护士", "86"},
            new Object[] {"黄美玲", "YQ-HQ-HC", "妇保科", "护师", "90"},
            new Object[] {"周海燕", "YQ-HQ-HC", "妇产科", "医师", "84"},
            new Object[] {"吴小青", "YQ-MCH", "妇女保健科", "主治医师", "93"},
            new Object[] {"徐婷婷", "YQ-H2", "妇产科", "护士", "79"},
            new Object[] {"叶芳芳", "YQ-HQ-HC", "公共卫生科", "护士", "82"},
            new Object[] {"蔡丽君", "YQ-MCH", "门诊部", "护师", "87"},
            new Object[] {"潘雪梅", "YQ-H2", "妇产科", "护士", "55"},
            new Object[] {"金晓丹", "YQ-HQ-HC", "妇保科", "护士", "80"});

    private final TrainingService trainings;
    private final DemoActors actors;
    private final JdbcClient jdbc;

    DemoTrainings(TrainingService trainings, DemoActors actors, JdbcClient jdbc) {
        this.trainings = trainings;
        this.actors = actors;
        this.jdbc = jdbc;
    }

    void load(Map<String, Institution> byCode) {
        Long activityId = jdbc.sql("SELECT id FROM activity WHERE title = :title AND type = 'TRAINING' ORDER BY id LIMIT 1")
                .param("title", TITLE).query(Long.class).optional().orElse(null);
        if (activityId == null) {
            return;
        }
        actors.as("coordinator", () -> {
            List<Trainee> roster = new ArrayList<>();
            for (Object[] line : ROSTER) {
                Institution institution = byCode.get((String) line[1]);
                if (institution != null) {
                    roster.add(trainings.enrol(activityId, new TraineeInput((String) line[0], institution.getId(), (String) line[2],
                            (String) line[3], null)));
                }
            }
            TrainingSession first = trainings.addSession(activityId, LocalDateTime.of(2024, 6, 13, 13, 30), LocalDateTime.of(2024, 6, 13, 17, 0));
            TrainingSession second = trainings.addSession(activityId, LocalDateTime.of(2024, 6, 14, 8, 30), LocalDateTime.of(2024, 6, 14, 11, 30));
            for (int i = 0; i < roster.size(); i++) {
                Trainee trainee = roster.get(i);
                signIn(first, trainee, first.startsAt().minusMinutes(20 - i), i == 3);
                if (i != roster.size() - 1) {
                    signIn(second, trainee, second.startsAt().minusMinutes(15 - i), i == 7);
                }
            }
            if (roster.size() > 5) {
                trainings.correct(second, roster.get(5).id(), false);
                trainings.correct(second, roster.get(5).id(), true);
            }
            for (int i = 0; i < roster.size(); i++) {
                trainings.score(roster.get(i), new BigDecimal((String) ROSTER.get(i)[4]));
            }
        });
    }

    /** A sign-in as the phone recorded it that day (the sign-in page only accepts the present moment). */
    private void signIn(TrainingSession session, Trainee trainee, LocalDateTime at, boolean late) {
        LocalDateTime when = late ? session.startsAt().plusMinutes(22) : at;
        jdbc.sql("INSERT IGNORE INTO training_sign_in (session_id, trainee_id, signed_at, late) VALUES (:session, :trainee, :at, :late)")
                .param("session", session.id()).param("trainee", trainee.id()).param("at", when).param("late", late).update();
    }
}
