/* tandem-card.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-card"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-metric.h"
#include "tandem-card.h"

/* A roadmap card: the feature, its user value, marketing angle and success metrics (its children). */
struct _TandemCard
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemCard, tandem_card, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "title", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "status", .type = TANDEM_FIELD_ENUM, .enum_type = tandem_card_status_get_type },
  { .name = "column", .type = TANDEM_FIELD_REF, .ref_kind = "column", .required = TRUE },
  { .name = "lane", .type = TANDEM_FIELD_REF, .ref_kind = "lane" },
  { .name = "rank", .type = TANDEM_FIELD_RANK, .required = TRUE },
  { .name = "target", .type = TANDEM_FIELD_TARGET },
  { .name = "pm", .type = TANDEM_FIELD_REF, .ref_kind = "person" },
  { .name = "pmm", .type = TANDEM_FIELD_REF, .ref_kind = "person" },
  { .name = "reach", .type = TANDEM_FIELD_INT, .min = 0, .max = G_MAXINT },
  { .name = "impact", .type = TANDEM_FIELD_DOUBLE },
  { .name = "confidence", .type = TANDEM_FIELD_INT, .min = 0, .max = 100 },
  { .name = "effort", .type = TANDEM_FIELD_DOUBLE },
  { .name = "description", .type = TANDEM_FIELD_TEXT },
  { .name = "user-value", .type = TANDEM_FIELD_TEXT },
  { .name = "marketing-angle", .type = TANDEM_FIELD_TEXT },
  { .name = "tags", .type = TANDEM_FIELD_LIST, .item = "tag" },
};

static void
tandem_card_class_init (TandemCardClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "card", "k",
                                      fields, G_N_ELEMENTS (fields), TANDEM_TYPE_METRIC);
}

static void
tandem_card_init (TandemCard *self)
{
}

TandemCard *
tandem_card_new (void)
{
  return g_object_new (TANDEM_TYPE_CARD, NULL);
}

/**
 * tandem_card_get_score:
 *
 * Returns: the RICE score: reach × impact × confidence ÷ effort, or 0 while
 *   the effort is not estimated.
 */
double
tandem_card_get_score (TandemCard *self)
{
  TandemObject *object = TANDEM_OBJECT (self);
  double effort;

  g_return_val_if_fail (TANDEM_IS_CARD (self), 0);

  effort = tandem_object_get_double (object, "effort");
  if (effort <= 0)
    return 0;
  return tandem_object_get_int (object, "reach") * tandem_object_get_double (object, "impact") *
         (tandem_object_get_int (object, "confidence") / 100.0) / effort;
}
