/* tandem-interview.c
 *
 * Copyright 2026 The Tandem developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tandem-interview"

#include "config.h"

#include "tandem-core-enums.h"
#include "tandem-highlight.h"
#include "tandem-interview.h"

/* A customer interview: who, when, the notes, and highlighted quotes (its children). */
struct _TandemInterview
{
  TandemObject parent_instance;
};

G_DEFINE_FINAL_TYPE (TandemInterview, tandem_interview, TANDEM_TYPE_OBJECT)

static const TandemFieldInfo fields[] = {
  { .name = "customer", .type = TANDEM_FIELD_STRING, .required = TRUE },
  { .name = "company", .type = TANDEM_FIELD_STRING },
  { .name = "role", .type = TANDEM_FIELD_STRING },
  { .name = "segment", .type = TANDEM_FIELD_STRING },
  { .name = "date", .type = TANDEM_FIELD_DATE },
  { .name = "reference-customer", .type = TANDEM_FIELD_BOOLEAN },
  { .name = "interviewers", .type = TANDEM_FIELD_REF_LIST, .ref_kind = "person", .item = "interviewer" },
  { .name = "tags", .type = TANDEM_FIELD_LIST, .item = "tag" },
  { .name = "notes", .type = TANDEM_FIELD_TEXT },
};

static void
tandem_interview_class_init (TandemInterviewClass *klass)
{
  tandem_object_class_install_fields (TANDEM_OBJECT_CLASS (klass), "interview", "i",
                                      fields, G_N_ELEMENTS (fields), TANDEM_TYPE_HIGHLIGHT);
}

static void
tandem_interview_init (TandemInterview *self)
{
}

TandemInterview *
tandem_interview_new (void)
{
  return g_object_new (TANDEM_TYPE_INTERVIEW, NULL);
}
