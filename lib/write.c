/* write.c: field errors, their messages in two languages, and the If-Match check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "write.h"

static const struct {
	const char *name, *en, *zh;
} fe[] = {
	[FE_REQUIRED]       = { "required", "This field is required.", "此项为必填项。" },
	[FE_SLUG]           = { "not-a-slug", "Use lowercase letters, digits and single hyphens (at most 64).", "请使用小写字母、数字和单个连字符（最多64个字符）。" },
	[FE_ID]             = { "not-an-id", "Give a number from 1 to 999999999.", "请填写1至999999999之间的编号。" },
	[FE_DATE]           = { "not-a-date", "Give a real date as YYYY-MM-DD (years 1900 to 2999).", "请按YYYY-MM-DD格式填写有效日期（1900至2999年）。" },
	[FE_PERIOD]         = { "end-before-start", "The period ends before it starts.", "期间的结束日期早于开始日期。" },
	[FE_NUMBER]         = { "not-a-number", "Give a number with at most 14 digits before and 4 after the point.", "请填写数字：小数点前最多14位，小数点后最多4位。" },
	[FE_SCORE]          = { "not-a-score", "A score is a whole number from 1 to 5.", "评分须为1至5之间的整数。" },
	[FE_VALUE_OR_SCORE] = { "no-value", "Give a value, a score, or both.", "请填写数值或评分（或两者）。" },
	[FE_OWNER]          = { "owner", "Give either a partnership or a city, not both.", "请填写合作关系或城市之一，不可同时填写。" },
	[FE_CONFIDENCE]     = { "not-a-confidence", "Confidence is low, medium or high.", "可信度须为低、中或高（low、medium、high）。" },
	[FE_FLAG]           = { "not-a-flag", "Give 0 or 1.", "请填写0或1。" },
	[FE_TOO_LONG]       = { "too-long", "This text is too long.", "文本过长。" },
	[FE_UTF8]           = { "not-text", "This is not valid UTF-8 text (or holds control characters).", "内容不是有效的UTF-8文本（或含有控制字符）。" },
	[FE_REPEATED]       = { "repeated", "This field is given twice.", "此项重复出现。" },
	[FE_UNKNOWN_FIELD]  = { "unknown-field", "c2c does not know this field.", "系统无法识别此字段。" },
	[FE_CSV]            = { "csv-syntax", "This line is not valid CSV (RFC 4180).", "此行不符合CSV格式（RFC 4180）。" },
	[FE_XML]            = { "not-well-formed", "The body is not well-formed XML, or declares a DTD.", "请求内容不是格式正确的XML，或声明了DTD。" },
	[FE_SCHEMA]         = { "not-valid", "The XML does not follow the schema (docs/schema/c2c.rng).", "XML不符合架构（docs/schema/c2c.rng）。" },
	[FE_EMPTY]          = { "empty", "There is nothing to store.", "没有可保存的内容。" },
	[FE_TOO_MANY]       = { "too-many", "Too many entries for one request.", "单次请求的条目过多。" },
	[FE_NO_KPI]         = { "no-such-kpi", "There is no KPI with this slug.", "不存在此标识的KPI。" },
	[FE_NO_PARTNERSHIP] = { "no-such-partnership", "There is no partnership with this number.", "不存在此编号的合作关系。" },
	[FE_NO_CITY]        = { "no-such-city", "There is no city with this slug.", "不存在此标识的城市。" },
	[FE_NO_VALUE]       = { "no-such-value", "There is no value with this number.", "不存在此编号的数值。" },
	[FE_OTHER_SERIES]   = { "other-series", "A correction must keep the KPI and the partnership or city of the value it corrects.", "更正须与被更正数值的KPI及合作关系或城市一致。" },
	[FE_SUPERSEDED]     = { "corrected-already", "This value was corrected already: correct the latest correction.", "该数值已被更正，请更正最新的更正值。" },
	[FE_SCOPE]          = { "out-of-scope", "You may not change data of this partnership or city.", "您无权修改此合作关系或城市的数据。" },
	[FE_STEP]           = { "not-a-step", "A narrative step is a number from 1 to 8.", "叙事步骤须为1至8之间的数字。" },
	[FE_CHOICE]         = { "not-a-choice", "This is not one of the allowed values.", "此值不在允许的选项之内。" },
	[FE_CSRF]           = { "form-expired", "This form is out of date or was not sent from this site: reload the page and send it again.", "表单已过期或并非来自本站：请刷新页面后重新提交。" },
	[FE_INTEGER]        = { "not-an-integer", "Give a whole number in the allowed range.", "请填写允许范围内的整数。" },
	[FE_AMOUNT]         = { "not-an-amount", "Give an amount with at most 12 digits before and 2 after the point.", "请填写金额：小数点前最多12位，小数点后最多2位。" },
	[FE_LINE]           = { "not-one-line", "A one-line text may not hold line breaks, tabs or text-direction controls (U+202A-U+202E, U+2066-U+2069).", "单行文本不得包含换行符、制表符或文字方向控制字符（U+202A-U+202E、U+2066-U+2069）。" },
	[FE_URL]            = { "not-a-url", "Give a web address starting with http:// or https://.", "请填写以http://或https://开头的网址。" },
	[FE_URL_CREDENTIALS] = { "url-credentials", "A web address must not carry a user name or password (user:password@): c2c shows addresses to its readers. Give one without them.", "网址不得包含用户名或密码（user:password@）：c2c会向读者显示网址。请填写不含这些信息的地址。" },
	[FE_EXISTS]         = { "exists", "There is one already for this KPI and period start: change that one.", "该KPI在此期间起始日已有一项，请修改已有的那一项。" },
	[FE_CITY_FULL]      = { "too-many-sources", "This city has as many calendar sources as it may have (import_max_sources_per_city): remove or reuse one first.", "该城市的日历来源已达上限（import_max_sources_per_city）：请先删除或重用一个。" },
	/* The step tracker (issue 18). */
	[FE_NO_ELEMENT]     = { "no-such-element", "The guide has no such element (see /guide).", "指南中没有此要素（参见 /guide）。" },
	[FE_OTHER_STEP]     = { "other-step", "This element belongs to another step (a city's own tracker has only Aim and Commit).", "此要素属于其他步骤（城市自身的跟踪只包括目标和承诺两步）。" },
	[FE_NOT_OURS]       = { "not-of-partnership", "This agreement or activity is not one of this partnership's.", "此协议或活动不属于本合作关系。" },
	[FE_FIXED]          = { "cannot-move", "An item stays with the partnership or city it belongs to.", "条目不能转移到其他合作关系或城市。" },
	/* Reviews (issue 18). */
	[FE_DECIDED]        = { "decided-already", "This review has a decision on this activity already: change that one.", "本次评估已对该活动作出决定：请修改已有的决定。" },
	[FE_NOT_IN_SCOPE]   = { "not-in-partnership", "There is no such item in this partnership: a review's decisions and targets name its own review and activities.", "此合作关系中没有该条目：评估的决定和目标只能指向本合作关系的评估和活动。" },
	/* Cooperation plans (issue 18). */
	[FE_PLAN_LOCKED]    = { "plan-not-draft", "This version of the plan is proposed or approved: it does not change. Withdraw the proposal, or start the next version.", "该版本合作计划已提交或已批准，不能修改。请撤回提交，或开始下一版本。" },
	[FE_PLAN_STATE]     = { "plan-state", "This step does not follow from the state of this version (draft, proposed, approved).", "此操作不适用于该版本的当前状态（草稿、已提交、已批准）。" },
	[FE_PLAN_APPROVED]  = { "approved-already", "Your city approved this version already.", "贵市已批准此版本。" },
	[FE_PLAN_OTHER]     = { "other-partnership", "This names an item of another partnership (or none).", "所填条目属于其他合作关系（或不存在）。" },
	[FE_PLAN_FULL]      = { "plan-full", "The plan holds as many items of this kind as it may.", "该计划中此类条目已达上限。" },
	[FE_PLAN_TEXT]      = { "no-text", "Give this text in English, in Chinese, or in both.", "请用英文、中文或两种语言填写此项。" },
	[FE_PLAN_OPEN]      = { "plan-open", "This partnership has a version in draft or proposed already: work on that one.", "该合作关系已有草稿或已提交的版本，请在该版本上工作。" },
	[FE_NO_PARENT]      = { "no-such-parent", "There is no such item to add this to.", "不存在可添加此项的上级条目。" },
};
_Static_assert(sizeof(fe) / sizeof(fe[0]) == FE__MAX, "fe[] must cover enum fe_code");

const char *
fe_message(enum fe_code c, const char *lang)
{
	if ((unsigned)c >= FE__MAX)
		return "?";
	return lang != NULL && strcmp(lang, "zh") == 0 ? fe[c].zh : fe[c].en;
}

const char *
fe_name(enum fe_code c)
{
	return (unsigned)c < FE__MAX ? fe[c].name : "unknown";
}

enum fe_code
fe_code_of(const char *name)
{
	int c;

	for (c = 0; name != NULL && c < FE__MAX; c++)
		if (strcmp(fe[c].name, name) == 0)
			return (enum fe_code)c;
	return FE__MAX;
}

int
fe_add(struct field_errors *e, int line, const char *field, enum fe_code code, const char *detail)
{
	struct field_error *x;

	if (e->n >= FE_KEEP) {
		e->dropped++;
		return 0;
	}
	if (e->n == e->cap) {
		size_t cap = e->cap ? e->cap * 2 : 16;
		struct field_error *v = realloc(e->v, cap * sizeof(*v));
		if (v == NULL)
			return -1;
		e->v = v;
		e->cap = cap;
	}
	x = &e->v[e->n++];
	x->line = line;
	snprintf(x->field, sizeof(x->field), "%s", field ? field : "");
	x->code = code;
	snprintf(x->detail, sizeof(x->detail), "%s", detail ? detail : "");
	return 0;
}

void
fe_free(struct field_errors *e)
{
	free(e->v);
	memset(e, 0, sizeof(*e));
}

int
fe_any(const struct field_errors *e)
{
	return e->n > 0 || e->dropped > 0;
}

int
fe_has(const struct field_errors *e, enum fe_code code)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		if (e->v[i].code == code)
			return 1;
	return 0;
}

int
write_etag_matches(const char *h, unsigned long long version)
{
	return write_etag_matches_res(h, version, NULL);
}

int
write_etag_matches_res(const char *h, unsigned long long version, const char *res)
{
	char want[24];
	size_t wl;

	if (h == NULL)
		return 1;
	wl = (size_t)snprintf(want, sizeof(want), "%llx", version);
	while (*h != '\0') {
		const char *end;
		h += strspn(h, " \t,");
		if (*h == '\0')
			break;
		if (*h == '*')
			return 1;
		/* If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches. */
		if (h[0] == 'W' && h[1] == '/') {
			h += 2;
			if (*h != '"')
				return 0;
			if ((end = strchr(h + 1, '"')) == NULL)
				return 0;
			h = end + 1;
			continue;
		}
		if (*h != '"' || (end = strchr(h + 1, '"')) == NULL)
			return 0;   /* malformed: nothing matches */
		{
			/* The resource part: after ';' in a page's tag, or the whole of a write's
			 * (which has '/', as a version tag never has). */
			const char *semi = memchr(h + 1, ';', (size_t)(end - h - 1));
			const char *rp = semi != NULL ? semi + 1 :
			    memchr(h + 1, '/', (size_t)(end - h - 1)) != NULL ? h + 1 : NULL;
			if (rp != NULL && res != NULL) {
				if (strlen(res) == (size_t)(end - rp) && strncmp(rp, res, (size_t)(end - rp)) == 0)
					return 1;
			} else if (rp != NULL && semi == NULL) {
				;   /* a write's tag names a resource, and this write has none */
			} else if ((size_t)(end - h - 1) > wl && strncmp(h + 1, want, wl) == 0 &&
			    h[1 + wl] == '-')
				return 1;
		}
		h = end + 1;
	}
	return 0;
}

enum c2c_err
write_precondition(struct db *db, const char *if_match, int *ok)
{
	return write_precondition_res(db, if_match, NULL, ok);
}

/* 1 when some strong tag of h has no resource part (so the data version decides). */
static int
needs_version(const char *h)
{
	while (*h != '\0') {
		const char *end;
		h += strspn(h, " \t,");
		if (*h == 'W' && h[1] == '/')
			h += 2;
		if (*h != '"' || (end = strchr(h + 1, '"')) == NULL)
			return 0;
		if (memchr(h + 1, ';', (size_t)(end - h - 1)) == NULL &&
		    memchr(h + 1, '/', (size_t)(end - h - 1)) == NULL)
			return 1;
		h = end + 1;
	}
	return 0;
}

enum c2c_err
write_precondition_res(struct db *db, const char *if_match, const char *res, int *ok)
{
	static const char sql[] = "SELECT version FROM data_version WHERE id = 1 FOR UPDATE";
	struct db_rows r;
	enum c2c_err rc;

	*ok = 1;
	if (if_match == NULL)
		return C2C_OK;
	/* A resource's own tag needs no global lock: the caller holds the row's.  A write
	 * with no resource of its own (POST /kpi-values) compares the version part of a
	 * page's tag, as before. */
	if (res != NULL && !needs_version(if_match)) {
		*ok = write_etag_matches_res(if_match, 0, res);
		return C2C_OK;
	}
	if ((rc = db_query(db, sql, NULL, 0, &r)) != C2C_OK)
		return rc;
	*ok = r.nrows == 1 && write_etag_matches_res(if_match, db_cell_ull(&r, 0, 0), res);
	db_rows_free(&r);
	return C2C_OK;
}

int
write_may_start(const struct auth_user *u, const struct field_errors *errs, char *tag,
    enum write_status *st)
{
	tag[0] = '\0';
	*st = W_FORBIDDEN;
	if (u->role != ROLE_ADMIN && u->role != ROLE_EDITOR)
		return 0;
	if (fe_any(errs)) {
		*st = W_INVALID;
		return 0;
	}
	return 1;
}

enum c2c_err
write_finish(struct db *db, enum c2c_err rc, enum write_status st)
{
	if (rc == C2C_OK && st == W_DONE)
		return db_commit(db);
	db_rollback(db);
	return rc;
}
