/* tandem-metric.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-metric"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-metric.h"

/* A success metric of a card: what is measured, the target, and the 30/60/90-day horizon. */
struct _TandemMetric
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemMetric, tandem_metric, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "title", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "target", .type = TANDEM_FIELD_STRING },
  { .name = "horizon", .type = TANDEM_FIELD_ENUM, .enum_type = tandem_horizon_get_type },
};

static void
tandem_metric_class_init (TandemMetricClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "metric", "m",
                                      fields, G_N_ELEMENTS (fields), G_TYPE_NONE);
}

static void
tandem_metric_init (TandemMetric *self)
{
}

TandemMetric *
tandem_metric_new (void)
{
  return g_object_new (TANDEM_TYPE_METRIC, NULL);
}
