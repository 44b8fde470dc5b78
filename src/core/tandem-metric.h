/* tandem-metric.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_METRIC (tandem_metric_get_type ())

G_DECLARE_FINAL_TYPE (TandemMetric, tandem_metric, TANDEM, METRIC, TandemObject)

TandemMetric *tandem_metric_new (void);

G_END_DECLS
