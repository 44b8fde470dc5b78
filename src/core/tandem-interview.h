/* tandem-interview.h
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tandem-object.h"

G_BEGIN_DECLS

#define TANDEM_TYPE_INTERVIEW (tandem_interview_get_type ())

G_DECLARE_FINAL_TYPE (TandemInterview, tandem_interview, TANDEM, INTERVIEW, TandemObject)

TandemInterview *tandem_interview_new (void);

G_END_DECLS
