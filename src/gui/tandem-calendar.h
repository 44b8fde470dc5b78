/* tandem-calendar.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tandem-core.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_CALENDAR (tandem_calendar_get_type ())

G_DECLARE_FINAL_TYPE (TandemCalendar, tandem_calendar, TANDEM, CALENDAR, AdwBin)

#define TANDEM_CALENDAR_MAX_CHIPS 4

GtkWidget       *tandem_calendar_new             (void);
TandemWorkspace *tandem_calendar_get_workspace   (TandemCalendar  *self);
void             tandem_calendar_set_workspace   (TandemCalendar  *self,
                                                  TandemWorkspace *workspace);
const char      *tandem_calendar_get_summary     (TandemCalendar  *self);
void             tandem_calendar_set_summary     (TandemCalendar  *self,
                                                  const char      *summary);
void             tandem_calendar_get_month       (TandemCalendar  *self,
                                                  GDate           *first_day);
void             tandem_calendar_set_month       (TandemCalendar  *self,
                                                  const GDate     *day);
void             tandem_calendar_set_today       (TandemCalendar  *self,
                                                  const GDate     *today);
GDateWeekday     tandem_calendar_get_week_start  (TandemCalendar  *self);
void             tandem_calendar_set_week_start  (TandemCalendar  *self,
                                                  GDateWeekday     week_start);
void             tandem_calendar_refresh         (TandemCalendar  *self);

/* For tests and benchmarks: the widgets of the grid. */
GtkWidget       *_tandem_calendar_get_grid       (TandemCalendar  *self);
GtkWidget       *_tandem_calendar_get_day_cell   (TandemCalendar  *self,
                                                  const GDate     *day);
GtkWidget       *_tandem_calendar_find_chip      (TandemCalendar  *self,
                                                  TandemObject    *object);
TandemObject    *_tandem_calendar_get_chip_object (GtkWidget      *chip);
GtkDropTarget   *_tandem_calendar_get_drop_target (TandemCalendar *self);
guint            _tandem_calendar_get_n_warnings (TandemCalendar  *self);

G_END_DECLS
