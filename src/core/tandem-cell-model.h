/* tandem-cell-model.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tandem-core-types.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CELL_MODEL (tandem_cell_model_get_type ())

G_DECLARE_FINAL_TYPE (TandemCellModel, tandem_cell_model, TANDEM, CELL_MODEL, GObject)

const char *tandem_cell_model_get_column_id (TandemCellModel *self);
const char *tandem_cell_model_get_lane_id   (TandemCellModel *self);

G_END_DECLS
