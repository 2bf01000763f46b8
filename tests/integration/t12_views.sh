# t12_views.sh: c2c.fcgi renders pages with the label table of layout.xsl read once
# (l:label(), lib/view.c); any other XSLT processor finds the labels with key() in the
# stylesheet itself.  The two must give the same page, byte for byte: xsltproc renders the
# XML of each page, and its HTML is compared with c2c's.

if ! command -v xsltproc >/dev/null; then
	skip "HTML pages as xsltproc renders their XML" "xsltproc is not installed (apt-get install xsltproc)"
else
	# Pages whose HTML is made from the very document their .xml serves (the lists with a
	# filter form add the areas for the HTML only).
	for page in / /cities/leeds /partnerships/1 /events /cities/leeds/dashboard /kpis /sources \
		/kpi-values /healthz; do
		for lang in en zh; do
			x=$page.xml
			[ "$page" = / ] && x=/index.xml
			fetch "$N$x?lang=$lang"
			# The XML's own address names its representation; the page's does not.
			sed -E "s|(self=\"[^\"?]*)\\.xml|\\1|; s|self=\"/index([?\"])|self=\"/\\1|" "$TMP_BODY" > "$VAR/view.xml"
			fetch "$N$page?lang=$lang"
			cp "$TMP_BODY" "$VAR/view-c2c.html"
			view=$(xmllint --xpath 'local-name(/*)' "$VAR/view.xml")
			if ! xsltproc "$top/conf/xslt/$view.xsl" "$VAR/view.xml" > "$VAR/view-xsltproc.html" 2>"$VAR/xmlerr"; then
				nok "$page ($lang): xsltproc renders its XML" "$(head -3 "$VAR/xmlerr")"
			elif cmp -s "$VAR/view-c2c.html" "$VAR/view-xsltproc.html"; then
				ok "$page ($lang): c2c's HTML is xsltproc's, labels included"
			else
				nok "$page ($lang): c2c's HTML is xsltproc's" \
					"$(diff "$VAR/view-c2c.html" "$VAR/view-xsltproc.html" | head -6)"
			fi
		done
	done
fi
