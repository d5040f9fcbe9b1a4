package cn.xinhuo.leadership.dto;

import cn.xinhuo.common.web.Versioned;
import cn.xinhuo.leadership.TrainingFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "Training")
public record TrainingView(long id, long organizationId, String organizationName, LocalDate heldOn, String title,
                           TrainingFormat format, long attendees, long version) implements Versioned {
}
